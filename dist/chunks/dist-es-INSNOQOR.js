import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-URIHBE6O.js";
import {
  AwsJson1_1Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-UXPPQOUE.js";
import {
  NodeHttpHandler
} from "./chunk-6YJOTLNM.js";
import {
  Sha256Node
} from "./chunk-NV6YNIBN.js";
import "./chunk-DACMX44K.js";
import {
  BinaryDecisionDiagram,
  Client,
  Command,
  DEFAULT_RETRY_MODE,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createAggregatedClient,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-RX432S6W.js";
import {
  DefaultIdentityProviderConfig,
  createPaginator,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin
} from "./chunk-NNSCZGNY.js";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-OPLPUVID.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveRegionConfig
} from "./chunk-R5ZO2PGB.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-NVT5X3NQ.js";
import {
  getSmithyContext,
  normalizeProvider,
  parseUrl
} from "./chunk-GA46KJAD.js";
import "./chunk-5VS2FEJU.js";

// node_modules/@aws-sdk/client-service-quotas/dist-es/auth/httpAuthSchemeProvider.js
var defaultServiceQuotasHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "servicequotas",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultServiceQuotasHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "servicequotas"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-service-quotas/package.json
var package_default = {
  name: "@aws-sdk/client-service-quotas",
  version: "3.1138.0",
  description: "AWS SDK for JavaScript Service Quotas Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-service-quotas",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-service-quotas"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.978.1",
    "@aws-sdk/credential-provider-node": "^3.972.84",
    "@aws-sdk/types": "^3.974.6",
    "@smithy/core": "^3.35.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.12.1",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://servicequotas-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://servicequotas.{Region}.amazonaws.com", i],
    ["https://servicequotas-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://servicequotas.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://servicequotas.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-service-quotas/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-service-quotas/dist-es/models/ServiceQuotasServiceException.js
var ServiceQuotasServiceException = class _ServiceQuotasServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ServiceQuotasServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends ServiceQuotasServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var AWSServiceAccessNotEnabledException = class _AWSServiceAccessNotEnabledException extends ServiceQuotasServiceException {
  name = "AWSServiceAccessNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AWSServiceAccessNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AWSServiceAccessNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var DependencyAccessDeniedException = class _DependencyAccessDeniedException extends ServiceQuotasServiceException {
  name = "DependencyAccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DependencyAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DependencyAccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var NoAvailableOrganizationException = class _NoAvailableOrganizationException extends ServiceQuotasServiceException {
  name = "NoAvailableOrganizationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoAvailableOrganizationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoAvailableOrganizationException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationNotInAllFeaturesModeException = class _OrganizationNotInAllFeaturesModeException extends ServiceQuotasServiceException {
  name = "OrganizationNotInAllFeaturesModeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotInAllFeaturesModeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotInAllFeaturesModeException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceException2 = class _ServiceException extends ServiceQuotasServiceException {
  name = "ServiceException";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "ServiceException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceException.prototype);
    this.Message = opts.Message;
  }
};
var TemplatesNotAvailableInRegionException = class _TemplatesNotAvailableInRegionException extends ServiceQuotasServiceException {
  name = "TemplatesNotAvailableInRegionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TemplatesNotAvailableInRegionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TemplatesNotAvailableInRegionException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends ServiceQuotasServiceException {
  name = "TooManyRequestsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.Message = opts.Message;
  }
};
var IllegalArgumentException = class _IllegalArgumentException extends ServiceQuotasServiceException {
  name = "IllegalArgumentException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IllegalArgumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IllegalArgumentException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidResourceStateException = class _InvalidResourceStateException extends ServiceQuotasServiceException {
  name = "InvalidResourceStateException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidResourceStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResourceStateException.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchResourceException = class _NoSuchResourceException extends ServiceQuotasServiceException {
  name = "NoSuchResourceException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchResourceException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchResourceException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends ServiceQuotasServiceException {
  name = "ResourceAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceQuotaTemplateNotInUseException = class _ServiceQuotaTemplateNotInUseException extends ServiceQuotasServiceException {
  name = "ServiceQuotaTemplateNotInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceQuotaTemplateNotInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaTemplateNotInUseException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidPaginationTokenException = class _InvalidPaginationTokenException extends ServiceQuotasServiceException {
  name = "InvalidPaginationTokenException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidPaginationTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPaginationTokenException.prototype);
    this.Message = opts.Message;
  }
};
var QuotaExceededException = class _QuotaExceededException extends ServiceQuotasServiceException {
  name = "QuotaExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "QuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QuotaExceededException.prototype);
    this.Message = opts.Message;
  }
};
var TagPolicyViolationException = class _TagPolicyViolationException extends ServiceQuotasServiceException {
  name = "TagPolicyViolationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TagPolicyViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagPolicyViolationException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyTagsException = class _TooManyTagsException extends ServiceQuotasServiceException {
  name = "TooManyTagsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyTagsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/schemas/schemas_0.js
var _A = "Adjustable";
var _AAL = "AdjustableAtLevel";
var _ADE = "AccessDeniedException";
var _AR = "AwsRegion";
var _ASQT = "AssociateServiceQuotaTemplate";
var _ASQTR = "AssociateServiceQuotaTemplateRequest";
var _ASQTRs = "AssociateServiceQuotaTemplateResponse";
var _AV = "AppliedValue";
var _AWSSANEE = "AWSServiceAccessNotEnabledException";
var _C = "Created";
var _CI = "ContextId";
var _CIa = "CaseId";
var _CS = "ContextScope";
var _CSC = "CreateSupportCase";
var _CSCR = "CreateSupportCaseRequest";
var _CSCRr = "CreateSupportCaseResponse";
var _CST = "ContextScopeType";
var _D = "Description";
var _DADE = "DependencyAccessDeniedException";
var _DSQIRFT = "DeleteServiceQuotaIncreaseRequestFromTemplate";
var _DSQIRFTR = "DeleteServiceQuotaIncreaseRequestFromTemplateRequest";
var _DSQIRFTRe = "DeleteServiceQuotaIncreaseRequestFromTemplateResponse";
var _DSQT = "DisassociateServiceQuotaTemplate";
var _DSQTR = "DisassociateServiceQuotaTemplateRequest";
var _DSQTRi = "DisassociateServiceQuotaTemplateResponse";
var _DV = "DesiredValue";
var _DVe = "DefaultValue";
var _EC = "ErrorCode";
var _EL = "ExclusionList";
var _EM = "ErrorMessage";
var _EQL = "ExclusionQuotaList";
var _ER = "ErrorReason";
var _GA = "GeneratedAt";
var _GAFSQT = "GetAssociationForServiceQuotaTemplate";
var _GAFSQTR = "GetAssociationForServiceQuotaTemplateRequest";
var _GAFSQTRe = "GetAssociationForServiceQuotaTemplateResponse";
var _GAMC = "GetAutoManagementConfiguration";
var _GAMCR = "GetAutoManagementConfigurationRequest";
var _GAMCRe = "GetAutoManagementConfigurationResponse";
var _GAWSDSQ = "GetAWSDefaultServiceQuota";
var _GAWSDSQR = "GetAWSDefaultServiceQuotaRequest";
var _GAWSDSQRe = "GetAWSDefaultServiceQuotaResponse";
var _GQ = "GlobalQuota";
var _GQUR = "GetQuotaUtilizationReport";
var _GQURR = "GetQuotaUtilizationReportRequest";
var _GQURRe = "GetQuotaUtilizationReportResponse";
var _GRSQC = "GetRequestedServiceQuotaChange";
var _GRSQCR = "GetRequestedServiceQuotaChangeRequest";
var _GRSQCRe = "GetRequestedServiceQuotaChangeResponse";
var _GSQ = "GetServiceQuota";
var _GSQIRFT = "GetServiceQuotaIncreaseRequestFromTemplate";
var _GSQIRFTR = "GetServiceQuotaIncreaseRequestFromTemplateRequest";
var _GSQIRFTRe = "GetServiceQuotaIncreaseRequestFromTemplateResponse";
var _GSQR = "GetServiceQuotaRequest";
var _GSQRe = "GetServiceQuotaResponse";
var _I = "Id";
var _IAE = "IllegalArgumentException";
var _IPTE = "InvalidPaginationTokenException";
var _IRSE = "InvalidResourceStateException";
var _IT = "InputTags";
var _K = "Key";
var _LAWSDSQ = "ListAWSDefaultServiceQuotas";
var _LAWSDSQR = "ListAWSDefaultServiceQuotasRequest";
var _LAWSDSQRi = "ListAWSDefaultServiceQuotasResponse";
var _LRSQCH = "ListRequestedServiceQuotaChangeHistory";
var _LRSQCHBQ = "ListRequestedServiceQuotaChangeHistoryByQuota";
var _LRSQCHBQR = "ListRequestedServiceQuotaChangeHistoryByQuotaRequest";
var _LRSQCHBQRi = "ListRequestedServiceQuotaChangeHistoryByQuotaResponse";
var _LRSQCHR = "ListRequestedServiceQuotaChangeHistoryRequest";
var _LRSQCHRi = "ListRequestedServiceQuotaChangeHistoryResponse";
var _LS = "ListServices";
var _LSQ = "ListServiceQuotas";
var _LSQIRIT = "ListServiceQuotaIncreaseRequestsInTemplate";
var _LSQIRITR = "ListServiceQuotaIncreaseRequestsInTemplateRequest";
var _LSQIRITRi = "ListServiceQuotaIncreaseRequestsInTemplateResponse";
var _LSQR = "ListServiceQuotasRequest";
var _LSQRi = "ListServiceQuotasResponse";
var _LSR = "ListServicesRequest";
var _LSRi = "ListServicesResponse";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _LU = "LastUpdated";
var _M = "Message";
var _MD = "MetricDimensions";
var _MI = "MetricInfo";
var _MN = "MetricNamespace";
var _MNe = "MetricName";
var _MR = "MaxResults";
var _MSR = "MetricStatisticRecommendation";
var _N = "Namespace";
var _NA = "NotificationArn";
var _NAOE = "NoAvailableOrganizationException";
var _NSRE = "NoSuchResourceException";
var _NT = "NextToken";
var _OIL = "OptInLevel";
var _OIS = "OptInStatus";
var _OIT = "OptInType";
var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
var _OT = "OutputTags";
var _P = "Period";
var _PSQIRIT = "PutServiceQuotaIncreaseRequestIntoTemplate";
var _PSQIRITR = "PutServiceQuotaIncreaseRequestIntoTemplateRequest";
var _PSQIRITRu = "PutServiceQuotaIncreaseRequestIntoTemplateResponse";
var _PU = "PeriodUnit";
var _PV = "PeriodValue";
var _Q = "Quota";
var _QA = "QuotaArn";
var _QAAL = "QuotaAppliedAtLevel";
var _QC = "QuotaCode";
var _QCI = "QuotaContextInfo";
var _QCu = "QuotaContext";
var _QEE = "QuotaExceededException";
var _QI = "QuotaInfo";
var _QIL = "QuotaInfoList";
var _QN = "QuotaName";
var _QP = "QuotaPeriod";
var _QRAL = "QuotaRequestedAtLevel";
var _QUI = "QuotaUtilizationInfo";
var _QUIL = "QuotaUtilizationInfoList";
var _Qu = "Quotas";
var _R = "Requester";
var _RAEE = "ResourceAlreadyExistsException";
var _RARN = "ResourceARN";
var _RI = "RequestId";
var _RIe = "ReportId";
var _RQ = "RequestedQuota";
var _RQe = "RequestedQuotas";
var _RSQC = "RequestedServiceQuotaChange";
var _RSQCHLD = "RequestedServiceQuotaChangeHistoryListDefinition";
var _RSQI = "RequestServiceQuotaIncrease";
var _RSQIR = "RequestServiceQuotaIncreaseRequest";
var _RSQIRe = "RequestServiceQuotaIncreaseResponse";
var _RT = "RequestType";
var _S = "Status";
var _SAM = "StartAutoManagement";
var _SAMR = "StartAutoManagementRequest";
var _SAMRt = "StartAutoManagementResponse";
var _SAMRto = "StopAutoManagementRequest";
var _SAMRtop = "StopAutoManagementResponse";
var _SAMt = "StopAutoManagement";
var _SC = "ServiceCode";
var _SCA = "SupportCaseAllowed";
var _SE = "ServiceException";
var _SI = "ServiceInfo";
var _SILD = "ServiceInfoListDefinition";
var _SN = "ServiceName";
var _SQ = "ServiceQuota";
var _SQIRIT = "ServiceQuotaIncreaseRequestInTemplate";
var _SQIRITL = "ServiceQuotaIncreaseRequestInTemplateList";
var _SQLD = "ServiceQuotaListDefinition";
var _SQTAS = "ServiceQuotaTemplateAssociationStatus";
var _SQTNIUE = "ServiceQuotaTemplateNotInUseException";
var _SQUR = "StartQuotaUtilizationReport";
var _SQURR = "StartQuotaUtilizationReportRequest";
var _SQURRt = "StartQuotaUtilizationReportResponse";
var _Se = "Services";
var _T = "Tags";
var _TC = "TotalCount";
var _TK = "TagKeys";
var _TMRE = "TooManyRequestsException";
var _TMTE = "TooManyTagsException";
var _TNAIRE = "TemplatesNotAvailableInRegionException";
var _TPVE = "TagPolicyViolationException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _Ta = "Tag";
var _U = "Utilization";
var _UAM = "UpdateAutoManagement";
var _UAMR = "UpdateAutoManagementRequest";
var _UAMRp = "UpdateAutoManagementResponse";
var _UM = "UsageMetric";
var _UR = "UntagResource";
var _URR = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _Un = "Unit";
var _V = "Value";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.servicequotas";
var _se = "server";
var n0 = "com.amazonaws.servicequotas";
var _s_registry = new TypeRegistry(_s);
var ServiceQuotasServiceException$ = [-3, _s, "ServiceQuotasServiceException", 0, [], []];
_s_registry.registerError(ServiceQuotasServiceException$, ServiceQuotasServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AWSServiceAccessNotEnabledException$ = [
  -3,
  n0,
  _AWSSANEE,
  { [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(AWSServiceAccessNotEnabledException$, AWSServiceAccessNotEnabledException);
var DependencyAccessDeniedException$ = [
  -3,
  n0,
  _DADE,
  { [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(DependencyAccessDeniedException$, DependencyAccessDeniedException);
var IllegalArgumentException$ = [
  -3,
  n0,
  _IAE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(IllegalArgumentException$, IllegalArgumentException);
var InvalidPaginationTokenException$ = [
  -3,
  n0,
  _IPTE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidPaginationTokenException$, InvalidPaginationTokenException);
var InvalidResourceStateException$ = [
  -3,
  n0,
  _IRSE,
  { [_e]: _c, [_hE]: 405 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidResourceStateException$, InvalidResourceStateException);
var NoAvailableOrganizationException$ = [
  -3,
  n0,
  _NAOE,
  { [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(NoAvailableOrganizationException$, NoAvailableOrganizationException);
var NoSuchResourceException$ = [
  -3,
  n0,
  _NSRE,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchResourceException$, NoSuchResourceException);
var OrganizationNotInAllFeaturesModeException$ = [
  -3,
  n0,
  _ONIAFME,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var QuotaExceededException$ = [
  -3,
  n0,
  _QEE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(QuotaExceededException$, QuotaExceededException);
var ResourceAlreadyExistsException$ = [
  -3,
  n0,
  _RAEE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
var ServiceException$ = [
  -3,
  n0,
  _SE,
  { [_e]: _se, [_hE]: 500 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceException$, ServiceException2);
var ServiceQuotaTemplateNotInUseException$ = [
  -3,
  n0,
  _SQTNIUE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceQuotaTemplateNotInUseException$, ServiceQuotaTemplateNotInUseException);
var TagPolicyViolationException$ = [
  -3,
  n0,
  _TPVE,
  { [_e]: _c, [_hE]: 401 },
  [_M],
  [0]
];
n0_registry.registerError(TagPolicyViolationException$, TagPolicyViolationException);
var TemplatesNotAvailableInRegionException$ = [
  -3,
  n0,
  _TNAIRE,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TemplatesNotAvailableInRegionException$, TemplatesNotAvailableInRegionException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { [_e]: _c, [_hE]: 429 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var TooManyTagsException$ = [
  -3,
  n0,
  _TMTE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AssociateServiceQuotaTemplateRequest$ = [
  3,
  n0,
  _ASQTR,
  0,
  [],
  []
];
var AssociateServiceQuotaTemplateResponse$ = [
  3,
  n0,
  _ASQTRs,
  0,
  [],
  []
];
var CreateSupportCaseRequest$ = [
  3,
  n0,
  _CSCR,
  0,
  [_RI],
  [0],
  1
];
var CreateSupportCaseResponse$ = [
  3,
  n0,
  _CSCRr,
  0,
  [],
  []
];
var DeleteServiceQuotaIncreaseRequestFromTemplateRequest$ = [
  3,
  n0,
  _DSQIRFTR,
  0,
  [_SC, _QC, _AR],
  [0, 0, 0],
  3
];
var DeleteServiceQuotaIncreaseRequestFromTemplateResponse$ = [
  3,
  n0,
  _DSQIRFTRe,
  0,
  [],
  []
];
var DisassociateServiceQuotaTemplateRequest$ = [
  3,
  n0,
  _DSQTR,
  0,
  [],
  []
];
var DisassociateServiceQuotaTemplateResponse$ = [
  3,
  n0,
  _DSQTRi,
  0,
  [],
  []
];
var ErrorReason$ = [
  3,
  n0,
  _ER,
  0,
  [_EC, _EM],
  [0, 0]
];
var GetAssociationForServiceQuotaTemplateRequest$ = [
  3,
  n0,
  _GAFSQTR,
  0,
  [],
  []
];
var GetAssociationForServiceQuotaTemplateResponse$ = [
  3,
  n0,
  _GAFSQTRe,
  0,
  [_SQTAS],
  [0]
];
var GetAutoManagementConfigurationRequest$ = [
  3,
  n0,
  _GAMCR,
  0,
  [],
  []
];
var GetAutoManagementConfigurationResponse$ = [
  3,
  n0,
  _GAMCRe,
  0,
  [_OIL, _OIT, _NA, _OIS, _EL],
  [0, 0, 0, 0, () => ExclusionQuotaList]
];
var GetAWSDefaultServiceQuotaRequest$ = [
  3,
  n0,
  _GAWSDSQR,
  0,
  [_SC, _QC],
  [0, 0],
  2
];
var GetAWSDefaultServiceQuotaResponse$ = [
  3,
  n0,
  _GAWSDSQRe,
  0,
  [_Q],
  [() => ServiceQuota$]
];
var GetQuotaUtilizationReportRequest$ = [
  3,
  n0,
  _GQURR,
  0,
  [_RIe, _NT, _MR],
  [0, 0, 1],
  1
];
var GetQuotaUtilizationReportResponse$ = [
  3,
  n0,
  _GQURRe,
  0,
  [_RIe, _S, _GA, _TC, _Qu, _NT, _EC, _EM],
  [0, 0, 4, 1, () => QuotaUtilizationInfoList, 0, 0, 0]
];
var GetRequestedServiceQuotaChangeRequest$ = [
  3,
  n0,
  _GRSQCR,
  0,
  [_RI],
  [0],
  1
];
var GetRequestedServiceQuotaChangeResponse$ = [
  3,
  n0,
  _GRSQCRe,
  0,
  [_RQ],
  [() => RequestedServiceQuotaChange$]
];
var GetServiceQuotaIncreaseRequestFromTemplateRequest$ = [
  3,
  n0,
  _GSQIRFTR,
  0,
  [_SC, _QC, _AR],
  [0, 0, 0],
  3
];
var GetServiceQuotaIncreaseRequestFromTemplateResponse$ = [
  3,
  n0,
  _GSQIRFTRe,
  0,
  [_SQIRIT],
  [() => ServiceQuotaIncreaseRequestInTemplate$]
];
var GetServiceQuotaRequest$ = [
  3,
  n0,
  _GSQR,
  0,
  [_SC, _QC, _CI],
  [0, 0, 0],
  2
];
var GetServiceQuotaResponse$ = [
  3,
  n0,
  _GSQRe,
  0,
  [_Q],
  [() => ServiceQuota$]
];
var ListAWSDefaultServiceQuotasRequest$ = [
  3,
  n0,
  _LAWSDSQR,
  0,
  [_SC, _NT, _MR],
  [0, 0, 1],
  1
];
var ListAWSDefaultServiceQuotasResponse$ = [
  3,
  n0,
  _LAWSDSQRi,
  0,
  [_NT, _Qu],
  [0, () => ServiceQuotaListDefinition]
];
var ListRequestedServiceQuotaChangeHistoryByQuotaRequest$ = [
  3,
  n0,
  _LRSQCHBQR,
  0,
  [_SC, _QC, _S, _NT, _MR, _QRAL],
  [0, 0, 0, 0, 1, 0],
  2
];
var ListRequestedServiceQuotaChangeHistoryByQuotaResponse$ = [
  3,
  n0,
  _LRSQCHBQRi,
  0,
  [_NT, _RQe],
  [0, () => RequestedServiceQuotaChangeHistoryListDefinition]
];
var ListRequestedServiceQuotaChangeHistoryRequest$ = [
  3,
  n0,
  _LRSQCHR,
  0,
  [_SC, _S, _NT, _MR, _QRAL],
  [0, 0, 0, 1, 0]
];
var ListRequestedServiceQuotaChangeHistoryResponse$ = [
  3,
  n0,
  _LRSQCHRi,
  0,
  [_NT, _RQe],
  [0, () => RequestedServiceQuotaChangeHistoryListDefinition]
];
var ListServiceQuotaIncreaseRequestsInTemplateRequest$ = [
  3,
  n0,
  _LSQIRITR,
  0,
  [_SC, _AR, _NT, _MR],
  [0, 0, 0, 1]
];
var ListServiceQuotaIncreaseRequestsInTemplateResponse$ = [
  3,
  n0,
  _LSQIRITRi,
  0,
  [_SQIRITL, _NT],
  [() => ServiceQuotaIncreaseRequestInTemplateList, 0]
];
var ListServiceQuotasRequest$ = [
  3,
  n0,
  _LSQR,
  0,
  [_SC, _NT, _MR, _QC, _QAAL],
  [0, 0, 1, 0, 0],
  1
];
var ListServiceQuotasResponse$ = [
  3,
  n0,
  _LSQRi,
  0,
  [_NT, _Qu],
  [0, () => ServiceQuotaListDefinition]
];
var ListServicesRequest$ = [
  3,
  n0,
  _LSR,
  0,
  [_NT, _MR],
  [0, 1]
];
var ListServicesResponse$ = [
  3,
  n0,
  _LSRi,
  0,
  [_NT, _Se],
  [0, () => ServiceInfoListDefinition]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_RARN],
  [0],
  1
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_T],
  [() => OutputTags]
];
var MetricInfo$ = [
  3,
  n0,
  _MI,
  0,
  [_MN, _MNe, _MD, _MSR],
  [0, 0, 128 | 0, 0]
];
var PutServiceQuotaIncreaseRequestIntoTemplateRequest$ = [
  3,
  n0,
  _PSQIRITR,
  0,
  [_QC, _SC, _AR, _DV],
  [0, 0, 0, 1],
  4
];
var PutServiceQuotaIncreaseRequestIntoTemplateResponse$ = [
  3,
  n0,
  _PSQIRITRu,
  0,
  [_SQIRIT],
  [() => ServiceQuotaIncreaseRequestInTemplate$]
];
var QuotaContextInfo$ = [
  3,
  n0,
  _QCI,
  0,
  [_CS, _CST, _CI, _AAL],
  [0, 0, 0, 0]
];
var QuotaInfo$ = [
  3,
  n0,
  _QI,
  0,
  [_QC, _QN],
  [0, 0]
];
var QuotaPeriod$ = [
  3,
  n0,
  _QP,
  0,
  [_PV, _PU],
  [1, 0]
];
var QuotaUtilizationInfo$ = [
  3,
  n0,
  _QUI,
  0,
  [_QC, _SC, _QN, _N, _U, _DVe, _AV, _SN, _A],
  [0, 0, 0, 0, 1, 1, 1, 0, 2]
];
var RequestedServiceQuotaChange$ = [
  3,
  n0,
  _RSQC,
  0,
  [_I, _RT, _CIa, _SC, _SN, _QC, _QN, _DV, _S, _C, _LU, _R, _QA, _GQ, _Un, _QRAL, _QCu],
  [0, 0, 0, 0, 0, 0, 0, 1, 0, 4, 4, 0, 0, 2, 0, 0, () => QuotaContextInfo$]
];
var RequestServiceQuotaIncreaseRequest$ = [
  3,
  n0,
  _RSQIR,
  0,
  [_SC, _QC, _DV, _CI, _SCA],
  [0, 0, 1, 0, 2],
  3
];
var RequestServiceQuotaIncreaseResponse$ = [
  3,
  n0,
  _RSQIRe,
  0,
  [_RQ],
  [() => RequestedServiceQuotaChange$]
];
var ServiceInfo$ = [
  3,
  n0,
  _SI,
  0,
  [_SC, _SN],
  [0, 0]
];
var ServiceQuota$ = [
  3,
  n0,
  _SQ,
  0,
  [_SC, _SN, _QA, _QC, _QN, _V, _Un, _A, _GQ, _UM, _P, _ER, _QAAL, _QCu, _D],
  [0, 0, 0, 0, 0, 1, 0, 2, 2, () => MetricInfo$, () => QuotaPeriod$, () => ErrorReason$, 0, () => QuotaContextInfo$, 0]
];
var ServiceQuotaIncreaseRequestInTemplate$ = [
  3,
  n0,
  _SQIRIT,
  0,
  [_SC, _SN, _QC, _QN, _DV, _AR, _Un, _GQ],
  [0, 0, 0, 0, 1, 0, 0, 2]
];
var StartAutoManagementRequest$ = [
  3,
  n0,
  _SAMR,
  0,
  [_OIL, _OIT, _NA, _EL],
  [0, 0, 0, [2, n0, _EL, 0, 0, 64 | 0]],
  2
];
var StartAutoManagementResponse$ = [
  3,
  n0,
  _SAMRt,
  0,
  [],
  []
];
var StartQuotaUtilizationReportRequest$ = [
  3,
  n0,
  _SQURR,
  0,
  [],
  []
];
var StartQuotaUtilizationReportResponse$ = [
  3,
  n0,
  _SQURRt,
  0,
  [_RIe, _S, _M],
  [0, 0, 0]
];
var StopAutoManagementRequest$ = [
  3,
  n0,
  _SAMRto,
  0,
  [],
  []
];
var StopAutoManagementResponse$ = [
  3,
  n0,
  _SAMRtop,
  0,
  [],
  []
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _V],
  [0, 0],
  2
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_RARN, _T],
  [0, () => InputTags],
  2
];
var TagResourceResponse$ = [
  3,
  n0,
  _TRRa,
  0,
  [],
  []
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RARN, _TK],
  [0, 64 | 0],
  2
];
var UntagResourceResponse$ = [
  3,
  n0,
  _URRn,
  0,
  [],
  []
];
var UpdateAutoManagementRequest$ = [
  3,
  n0,
  _UAMR,
  0,
  [_OIT, _NA, _EL],
  [0, 0, [2, n0, _EL, 0, 0, 64 | 0]]
];
var UpdateAutoManagementResponse$ = [
  3,
  n0,
  _UAMRp,
  0,
  [],
  []
];
var ExcludedQuotaList = 64 | 0;
var InputTagKeys = 64 | 0;
var InputTags = [
  1,
  n0,
  _IT,
  0,
  () => Tag$
];
var OutputTags = [
  1,
  n0,
  _OT,
  0,
  () => Tag$
];
var QuotaInfoList = [
  1,
  n0,
  _QIL,
  0,
  () => QuotaInfo$
];
var QuotaUtilizationInfoList = [
  1,
  n0,
  _QUIL,
  0,
  () => QuotaUtilizationInfo$
];
var RequestedServiceQuotaChangeHistoryListDefinition = [
  1,
  n0,
  _RSQCHLD,
  0,
  () => RequestedServiceQuotaChange$
];
var ServiceInfoListDefinition = [
  1,
  n0,
  _SILD,
  0,
  () => ServiceInfo$
];
var ServiceQuotaIncreaseRequestInTemplateList = [
  1,
  n0,
  _SQIRITL,
  0,
  () => ServiceQuotaIncreaseRequestInTemplate$
];
var ServiceQuotaListDefinition = [
  1,
  n0,
  _SQLD,
  0,
  () => ServiceQuota$
];
var ExclusionList = [
  2,
  n0,
  _EL,
  0,
  0,
  64 | 0
];
var ExclusionQuotaList = [
  2,
  n0,
  _EQL,
  0,
  0,
  () => QuotaInfoList
];
var MetricDimensionsMapDefinition = 128 | 0;
var AssociateServiceQuotaTemplate$ = [
  9,
  n0,
  _ASQT,
  0,
  () => AssociateServiceQuotaTemplateRequest$,
  () => AssociateServiceQuotaTemplateResponse$
];
var CreateSupportCase$ = [
  9,
  n0,
  _CSC,
  0,
  () => CreateSupportCaseRequest$,
  () => CreateSupportCaseResponse$
];
var DeleteServiceQuotaIncreaseRequestFromTemplate$ = [
  9,
  n0,
  _DSQIRFT,
  0,
  () => DeleteServiceQuotaIncreaseRequestFromTemplateRequest$,
  () => DeleteServiceQuotaIncreaseRequestFromTemplateResponse$
];
var DisassociateServiceQuotaTemplate$ = [
  9,
  n0,
  _DSQT,
  0,
  () => DisassociateServiceQuotaTemplateRequest$,
  () => DisassociateServiceQuotaTemplateResponse$
];
var GetAssociationForServiceQuotaTemplate$ = [
  9,
  n0,
  _GAFSQT,
  0,
  () => GetAssociationForServiceQuotaTemplateRequest$,
  () => GetAssociationForServiceQuotaTemplateResponse$
];
var GetAutoManagementConfiguration$ = [
  9,
  n0,
  _GAMC,
  0,
  () => GetAutoManagementConfigurationRequest$,
  () => GetAutoManagementConfigurationResponse$
];
var GetAWSDefaultServiceQuota$ = [
  9,
  n0,
  _GAWSDSQ,
  0,
  () => GetAWSDefaultServiceQuotaRequest$,
  () => GetAWSDefaultServiceQuotaResponse$
];
var GetQuotaUtilizationReport$ = [
  9,
  n0,
  _GQUR,
  0,
  () => GetQuotaUtilizationReportRequest$,
  () => GetQuotaUtilizationReportResponse$
];
var GetRequestedServiceQuotaChange$ = [
  9,
  n0,
  _GRSQC,
  0,
  () => GetRequestedServiceQuotaChangeRequest$,
  () => GetRequestedServiceQuotaChangeResponse$
];
var GetServiceQuota$ = [
  9,
  n0,
  _GSQ,
  0,
  () => GetServiceQuotaRequest$,
  () => GetServiceQuotaResponse$
];
var GetServiceQuotaIncreaseRequestFromTemplate$ = [
  9,
  n0,
  _GSQIRFT,
  0,
  () => GetServiceQuotaIncreaseRequestFromTemplateRequest$,
  () => GetServiceQuotaIncreaseRequestFromTemplateResponse$
];
var ListAWSDefaultServiceQuotas$ = [
  9,
  n0,
  _LAWSDSQ,
  0,
  () => ListAWSDefaultServiceQuotasRequest$,
  () => ListAWSDefaultServiceQuotasResponse$
];
var ListRequestedServiceQuotaChangeHistory$ = [
  9,
  n0,
  _LRSQCH,
  0,
  () => ListRequestedServiceQuotaChangeHistoryRequest$,
  () => ListRequestedServiceQuotaChangeHistoryResponse$
];
var ListRequestedServiceQuotaChangeHistoryByQuota$ = [
  9,
  n0,
  _LRSQCHBQ,
  0,
  () => ListRequestedServiceQuotaChangeHistoryByQuotaRequest$,
  () => ListRequestedServiceQuotaChangeHistoryByQuotaResponse$
];
var ListServiceQuotaIncreaseRequestsInTemplate$ = [
  9,
  n0,
  _LSQIRIT,
  0,
  () => ListServiceQuotaIncreaseRequestsInTemplateRequest$,
  () => ListServiceQuotaIncreaseRequestsInTemplateResponse$
];
var ListServiceQuotas$ = [
  9,
  n0,
  _LSQ,
  0,
  () => ListServiceQuotasRequest$,
  () => ListServiceQuotasResponse$
];
var ListServices$ = [
  9,
  n0,
  _LS,
  0,
  () => ListServicesRequest$,
  () => ListServicesResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  0,
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var PutServiceQuotaIncreaseRequestIntoTemplate$ = [
  9,
  n0,
  _PSQIRIT,
  0,
  () => PutServiceQuotaIncreaseRequestIntoTemplateRequest$,
  () => PutServiceQuotaIncreaseRequestIntoTemplateResponse$
];
var RequestServiceQuotaIncrease$ = [
  9,
  n0,
  _RSQI,
  0,
  () => RequestServiceQuotaIncreaseRequest$,
  () => RequestServiceQuotaIncreaseResponse$
];
var StartAutoManagement$ = [
  9,
  n0,
  _SAM,
  0,
  () => StartAutoManagementRequest$,
  () => StartAutoManagementResponse$
];
var StartQuotaUtilizationReport$ = [
  9,
  n0,
  _SQUR,
  0,
  () => StartQuotaUtilizationReportRequest$,
  () => StartQuotaUtilizationReportResponse$
];
var StopAutoManagement$ = [
  9,
  n0,
  _SAMt,
  0,
  () => StopAutoManagementRequest$,
  () => StopAutoManagementResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  0,
  () => TagResourceRequest$,
  () => TagResourceResponse$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  0,
  () => UntagResourceRequest$,
  () => UntagResourceResponse$
];
var UpdateAutoManagement$ = [
  9,
  n0,
  _UAM,
  0,
  () => UpdateAutoManagementRequest$,
  () => UpdateAutoManagementResponse$
];

// node_modules/@aws-sdk/client-service-quotas/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2019-06-24",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultServiceQuotasHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.servicequotas",
      errorTypeRegistries,
      version: "2019-06-24",
      serviceTarget: "ServiceQuotasV20190624"
    },
    serviceId: config?.serviceId ?? "Service Quotas",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/ServiceQuotasClient.js
var ServiceQuotasClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultServiceQuotasHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "ServiceQuotasV20190624", "ServiceQuotasClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/AssociateServiceQuotaTemplateCommand.js
var AssociateServiceQuotaTemplateCommand = class extends command(_ep0, _mw0, "AssociateServiceQuotaTemplate", AssociateServiceQuotaTemplate$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/CreateSupportCaseCommand.js
var CreateSupportCaseCommand = class extends command(_ep0, _mw0, "CreateSupportCase", CreateSupportCase$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/DeleteServiceQuotaIncreaseRequestFromTemplateCommand.js
var DeleteServiceQuotaIncreaseRequestFromTemplateCommand = class extends command(_ep0, _mw0, "DeleteServiceQuotaIncreaseRequestFromTemplate", DeleteServiceQuotaIncreaseRequestFromTemplate$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/DisassociateServiceQuotaTemplateCommand.js
var DisassociateServiceQuotaTemplateCommand = class extends command(_ep0, _mw0, "DisassociateServiceQuotaTemplate", DisassociateServiceQuotaTemplate$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/GetAssociationForServiceQuotaTemplateCommand.js
var GetAssociationForServiceQuotaTemplateCommand = class extends command(_ep0, _mw0, "GetAssociationForServiceQuotaTemplate", GetAssociationForServiceQuotaTemplate$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/GetAutoManagementConfigurationCommand.js
var GetAutoManagementConfigurationCommand = class extends command(_ep0, _mw0, "GetAutoManagementConfiguration", GetAutoManagementConfiguration$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/GetAWSDefaultServiceQuotaCommand.js
var GetAWSDefaultServiceQuotaCommand = class extends command(_ep0, _mw0, "GetAWSDefaultServiceQuota", GetAWSDefaultServiceQuota$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/GetQuotaUtilizationReportCommand.js
var GetQuotaUtilizationReportCommand = class extends command(_ep0, _mw0, "GetQuotaUtilizationReport", GetQuotaUtilizationReport$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/GetRequestedServiceQuotaChangeCommand.js
var GetRequestedServiceQuotaChangeCommand = class extends command(_ep0, _mw0, "GetRequestedServiceQuotaChange", GetRequestedServiceQuotaChange$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/GetServiceQuotaCommand.js
var GetServiceQuotaCommand = class extends command(_ep0, _mw0, "GetServiceQuota", GetServiceQuota$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/GetServiceQuotaIncreaseRequestFromTemplateCommand.js
var GetServiceQuotaIncreaseRequestFromTemplateCommand = class extends command(_ep0, _mw0, "GetServiceQuotaIncreaseRequestFromTemplate", GetServiceQuotaIncreaseRequestFromTemplate$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/ListAWSDefaultServiceQuotasCommand.js
var ListAWSDefaultServiceQuotasCommand = class extends command(_ep0, _mw0, "ListAWSDefaultServiceQuotas", ListAWSDefaultServiceQuotas$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/ListRequestedServiceQuotaChangeHistoryByQuotaCommand.js
var ListRequestedServiceQuotaChangeHistoryByQuotaCommand = class extends command(_ep0, _mw0, "ListRequestedServiceQuotaChangeHistoryByQuota", ListRequestedServiceQuotaChangeHistoryByQuota$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/ListRequestedServiceQuotaChangeHistoryCommand.js
var ListRequestedServiceQuotaChangeHistoryCommand = class extends command(_ep0, _mw0, "ListRequestedServiceQuotaChangeHistory", ListRequestedServiceQuotaChangeHistory$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/ListServiceQuotaIncreaseRequestsInTemplateCommand.js
var ListServiceQuotaIncreaseRequestsInTemplateCommand = class extends command(_ep0, _mw0, "ListServiceQuotaIncreaseRequestsInTemplate", ListServiceQuotaIncreaseRequestsInTemplate$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/ListServiceQuotasCommand.js
var ListServiceQuotasCommand = class extends command(_ep0, _mw0, "ListServiceQuotas", ListServiceQuotas$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/ListServicesCommand.js
var ListServicesCommand = class extends command(_ep0, _mw0, "ListServices", ListServices$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/PutServiceQuotaIncreaseRequestIntoTemplateCommand.js
var PutServiceQuotaIncreaseRequestIntoTemplateCommand = class extends command(_ep0, _mw0, "PutServiceQuotaIncreaseRequestIntoTemplate", PutServiceQuotaIncreaseRequestIntoTemplate$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/RequestServiceQuotaIncreaseCommand.js
var RequestServiceQuotaIncreaseCommand = class extends command(_ep0, _mw0, "RequestServiceQuotaIncrease", RequestServiceQuotaIncrease$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/StartAutoManagementCommand.js
var StartAutoManagementCommand = class extends command(_ep0, _mw0, "StartAutoManagement", StartAutoManagement$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/StartQuotaUtilizationReportCommand.js
var StartQuotaUtilizationReportCommand = class extends command(_ep0, _mw0, "StartQuotaUtilizationReport", StartQuotaUtilizationReport$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/StopAutoManagementCommand.js
var StopAutoManagementCommand = class extends command(_ep0, _mw0, "StopAutoManagement", StopAutoManagement$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/commands/UpdateAutoManagementCommand.js
var UpdateAutoManagementCommand = class extends command(_ep0, _mw0, "UpdateAutoManagement", UpdateAutoManagement$) {
};

// node_modules/@aws-sdk/client-service-quotas/dist-es/pagination/ListAWSDefaultServiceQuotasPaginator.js
var paginateListAWSDefaultServiceQuotas = createPaginator(ServiceQuotasClient, ListAWSDefaultServiceQuotasCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-service-quotas/dist-es/pagination/ListRequestedServiceQuotaChangeHistoryByQuotaPaginator.js
var paginateListRequestedServiceQuotaChangeHistoryByQuota = createPaginator(ServiceQuotasClient, ListRequestedServiceQuotaChangeHistoryByQuotaCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-service-quotas/dist-es/pagination/ListRequestedServiceQuotaChangeHistoryPaginator.js
var paginateListRequestedServiceQuotaChangeHistory = createPaginator(ServiceQuotasClient, ListRequestedServiceQuotaChangeHistoryCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-service-quotas/dist-es/pagination/ListServiceQuotaIncreaseRequestsInTemplatePaginator.js
var paginateListServiceQuotaIncreaseRequestsInTemplate = createPaginator(ServiceQuotasClient, ListServiceQuotaIncreaseRequestsInTemplateCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-service-quotas/dist-es/pagination/ListServiceQuotasPaginator.js
var paginateListServiceQuotas = createPaginator(ServiceQuotasClient, ListServiceQuotasCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-service-quotas/dist-es/pagination/ListServicesPaginator.js
var paginateListServices = createPaginator(ServiceQuotasClient, ListServicesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-service-quotas/dist-es/ServiceQuotas.js
var commands = {
  AssociateServiceQuotaTemplateCommand,
  CreateSupportCaseCommand,
  DeleteServiceQuotaIncreaseRequestFromTemplateCommand,
  DisassociateServiceQuotaTemplateCommand,
  GetAssociationForServiceQuotaTemplateCommand,
  GetAutoManagementConfigurationCommand,
  GetAWSDefaultServiceQuotaCommand,
  GetQuotaUtilizationReportCommand,
  GetRequestedServiceQuotaChangeCommand,
  GetServiceQuotaCommand,
  GetServiceQuotaIncreaseRequestFromTemplateCommand,
  ListAWSDefaultServiceQuotasCommand,
  ListRequestedServiceQuotaChangeHistoryCommand,
  ListRequestedServiceQuotaChangeHistoryByQuotaCommand,
  ListServiceQuotaIncreaseRequestsInTemplateCommand,
  ListServiceQuotasCommand,
  ListServicesCommand,
  ListTagsForResourceCommand,
  PutServiceQuotaIncreaseRequestIntoTemplateCommand,
  RequestServiceQuotaIncreaseCommand,
  StartAutoManagementCommand,
  StartQuotaUtilizationReportCommand,
  StopAutoManagementCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAutoManagementCommand
};
var paginators = {
  paginateListAWSDefaultServiceQuotas,
  paginateListRequestedServiceQuotaChangeHistory,
  paginateListRequestedServiceQuotaChangeHistoryByQuota,
  paginateListServiceQuotaIncreaseRequestsInTemplate,
  paginateListServiceQuotas,
  paginateListServices
};
var ServiceQuotas = class extends ServiceQuotasClient {
};
createAggregatedClient(commands, ServiceQuotas, { paginators });

// node_modules/@aws-sdk/client-service-quotas/dist-es/models/enums.js
var AdjustableAtLevelEnum = {
  ACCOUNT: "ACCOUNT",
  ALL: "ALL",
  PER_RESOURCE: "PER_RESOURCE"
};
var AppliedLevelEnum = {
  ACCOUNT: "ACCOUNT",
  ALL: "ALL",
  RESOURCE: "RESOURCE"
};
var ErrorCode = {
  DEPENDENCY_ACCESS_DENIED_ERROR: "DEPENDENCY_ACCESS_DENIED_ERROR",
  DEPENDENCY_SERVICE_ERROR: "DEPENDENCY_SERVICE_ERROR",
  DEPENDENCY_THROTTLING_ERROR: "DEPENDENCY_THROTTLING_ERROR",
  SERVICE_QUOTA_NOT_AVAILABLE_ERROR: "SERVICE_QUOTA_NOT_AVAILABLE_ERROR"
};
var ServiceQuotaTemplateAssociationStatus = {
  ASSOCIATED: "ASSOCIATED",
  DISASSOCIATED: "DISASSOCIATED"
};
var OptInLevel = {
  ACCOUNT: "ACCOUNT"
};
var OptInStatus = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED"
};
var OptInType = {
  NotifyAndAdjust: "NotifyAndAdjust",
  NotifyOnly: "NotifyOnly"
};
var PeriodUnit = {
  DAY: "DAY",
  HOUR: "HOUR",
  MICROSECOND: "MICROSECOND",
  MILLISECOND: "MILLISECOND",
  MINUTE: "MINUTE",
  SECOND: "SECOND",
  WEEK: "WEEK"
};
var QuotaContextScope = {
  ACCOUNT: "ACCOUNT",
  RESOURCE: "RESOURCE"
};
var ReportStatus = {
  COMPLETED: "COMPLETED",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  PENDING: "PENDING"
};
var RequestType = {
  AutomaticManagement: "AutomaticManagement"
};
var RequestStatus = {
  APPROVED: "APPROVED",
  CASE_CLOSED: "CASE_CLOSED",
  CASE_OPENED: "CASE_OPENED",
  DENIED: "DENIED",
  INVALID_REQUEST: "INVALID_REQUEST",
  NOT_APPROVED: "NOT_APPROVED",
  PENDING: "PENDING"
};
export {
  Command as $Command,
  AWSServiceAccessNotEnabledException,
  AWSServiceAccessNotEnabledException$,
  AccessDeniedException,
  AccessDeniedException$,
  AdjustableAtLevelEnum,
  AppliedLevelEnum,
  AssociateServiceQuotaTemplate$,
  AssociateServiceQuotaTemplateCommand,
  AssociateServiceQuotaTemplateRequest$,
  AssociateServiceQuotaTemplateResponse$,
  CreateSupportCase$,
  CreateSupportCaseCommand,
  CreateSupportCaseRequest$,
  CreateSupportCaseResponse$,
  DeleteServiceQuotaIncreaseRequestFromTemplate$,
  DeleteServiceQuotaIncreaseRequestFromTemplateCommand,
  DeleteServiceQuotaIncreaseRequestFromTemplateRequest$,
  DeleteServiceQuotaIncreaseRequestFromTemplateResponse$,
  DependencyAccessDeniedException,
  DependencyAccessDeniedException$,
  DisassociateServiceQuotaTemplate$,
  DisassociateServiceQuotaTemplateCommand,
  DisassociateServiceQuotaTemplateRequest$,
  DisassociateServiceQuotaTemplateResponse$,
  ErrorCode,
  ErrorReason$,
  GetAWSDefaultServiceQuota$,
  GetAWSDefaultServiceQuotaCommand,
  GetAWSDefaultServiceQuotaRequest$,
  GetAWSDefaultServiceQuotaResponse$,
  GetAssociationForServiceQuotaTemplate$,
  GetAssociationForServiceQuotaTemplateCommand,
  GetAssociationForServiceQuotaTemplateRequest$,
  GetAssociationForServiceQuotaTemplateResponse$,
  GetAutoManagementConfiguration$,
  GetAutoManagementConfigurationCommand,
  GetAutoManagementConfigurationRequest$,
  GetAutoManagementConfigurationResponse$,
  GetQuotaUtilizationReport$,
  GetQuotaUtilizationReportCommand,
  GetQuotaUtilizationReportRequest$,
  GetQuotaUtilizationReportResponse$,
  GetRequestedServiceQuotaChange$,
  GetRequestedServiceQuotaChangeCommand,
  GetRequestedServiceQuotaChangeRequest$,
  GetRequestedServiceQuotaChangeResponse$,
  GetServiceQuota$,
  GetServiceQuotaCommand,
  GetServiceQuotaIncreaseRequestFromTemplate$,
  GetServiceQuotaIncreaseRequestFromTemplateCommand,
  GetServiceQuotaIncreaseRequestFromTemplateRequest$,
  GetServiceQuotaIncreaseRequestFromTemplateResponse$,
  GetServiceQuotaRequest$,
  GetServiceQuotaResponse$,
  IllegalArgumentException,
  IllegalArgumentException$,
  InvalidPaginationTokenException,
  InvalidPaginationTokenException$,
  InvalidResourceStateException,
  InvalidResourceStateException$,
  ListAWSDefaultServiceQuotas$,
  ListAWSDefaultServiceQuotasCommand,
  ListAWSDefaultServiceQuotasRequest$,
  ListAWSDefaultServiceQuotasResponse$,
  ListRequestedServiceQuotaChangeHistory$,
  ListRequestedServiceQuotaChangeHistoryByQuota$,
  ListRequestedServiceQuotaChangeHistoryByQuotaCommand,
  ListRequestedServiceQuotaChangeHistoryByQuotaRequest$,
  ListRequestedServiceQuotaChangeHistoryByQuotaResponse$,
  ListRequestedServiceQuotaChangeHistoryCommand,
  ListRequestedServiceQuotaChangeHistoryRequest$,
  ListRequestedServiceQuotaChangeHistoryResponse$,
  ListServiceQuotaIncreaseRequestsInTemplate$,
  ListServiceQuotaIncreaseRequestsInTemplateCommand,
  ListServiceQuotaIncreaseRequestsInTemplateRequest$,
  ListServiceQuotaIncreaseRequestsInTemplateResponse$,
  ListServiceQuotas$,
  ListServiceQuotasCommand,
  ListServiceQuotasRequest$,
  ListServiceQuotasResponse$,
  ListServices$,
  ListServicesCommand,
  ListServicesRequest$,
  ListServicesResponse$,
  ListTagsForResource$,
  ListTagsForResourceCommand,
  ListTagsForResourceRequest$,
  ListTagsForResourceResponse$,
  MetricInfo$,
  NoAvailableOrganizationException,
  NoAvailableOrganizationException$,
  NoSuchResourceException,
  NoSuchResourceException$,
  OptInLevel,
  OptInStatus,
  OptInType,
  OrganizationNotInAllFeaturesModeException,
  OrganizationNotInAllFeaturesModeException$,
  PeriodUnit,
  PutServiceQuotaIncreaseRequestIntoTemplate$,
  PutServiceQuotaIncreaseRequestIntoTemplateCommand,
  PutServiceQuotaIncreaseRequestIntoTemplateRequest$,
  PutServiceQuotaIncreaseRequestIntoTemplateResponse$,
  QuotaContextInfo$,
  QuotaContextScope,
  QuotaExceededException,
  QuotaExceededException$,
  QuotaInfo$,
  QuotaPeriod$,
  QuotaUtilizationInfo$,
  ReportStatus,
  RequestServiceQuotaIncrease$,
  RequestServiceQuotaIncreaseCommand,
  RequestServiceQuotaIncreaseRequest$,
  RequestServiceQuotaIncreaseResponse$,
  RequestStatus,
  RequestType,
  RequestedServiceQuotaChange$,
  ResourceAlreadyExistsException,
  ResourceAlreadyExistsException$,
  ServiceException2 as ServiceException,
  ServiceException$,
  ServiceInfo$,
  ServiceQuota$,
  ServiceQuotaIncreaseRequestInTemplate$,
  ServiceQuotaTemplateAssociationStatus,
  ServiceQuotaTemplateNotInUseException,
  ServiceQuotaTemplateNotInUseException$,
  ServiceQuotas,
  ServiceQuotasClient,
  ServiceQuotasServiceException,
  ServiceQuotasServiceException$,
  StartAutoManagement$,
  StartAutoManagementCommand,
  StartAutoManagementRequest$,
  StartAutoManagementResponse$,
  StartQuotaUtilizationReport$,
  StartQuotaUtilizationReportCommand,
  StartQuotaUtilizationReportRequest$,
  StartQuotaUtilizationReportResponse$,
  StopAutoManagement$,
  StopAutoManagementCommand,
  StopAutoManagementRequest$,
  StopAutoManagementResponse$,
  Tag$,
  TagPolicyViolationException,
  TagPolicyViolationException$,
  TagResource$,
  TagResourceCommand,
  TagResourceRequest$,
  TagResourceResponse$,
  TemplatesNotAvailableInRegionException,
  TemplatesNotAvailableInRegionException$,
  TooManyRequestsException,
  TooManyRequestsException$,
  TooManyTagsException,
  TooManyTagsException$,
  UntagResource$,
  UntagResourceCommand,
  UntagResourceRequest$,
  UntagResourceResponse$,
  UpdateAutoManagement$,
  UpdateAutoManagementCommand,
  UpdateAutoManagementRequest$,
  UpdateAutoManagementResponse$,
  Client as __Client,
  errorTypeRegistries,
  paginateListAWSDefaultServiceQuotas,
  paginateListRequestedServiceQuotaChangeHistory,
  paginateListRequestedServiceQuotaChangeHistoryByQuota,
  paginateListServiceQuotaIncreaseRequestsInTemplate,
  paginateListServiceQuotas,
  paginateListServices
};
