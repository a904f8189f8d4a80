import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-URIHBE6O.js";
import {
  SignatureV4MultiRegion
} from "./chunk-D4WTVCCQ.js";
import {
  AwsRestJsonProtocol,
  AwsSdkSigV4ASigner,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_SIGV4A_CONFIG_OPTIONS,
  resolveAwsSdkSigV4AConfig,
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
  resolveParams,
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

// node_modules/@aws-sdk/client-sesv2/dist-es/endpoint/bdd.js
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [m]: "EndpointId" };
var h = { [m]: "Endpoint" };
var i = { [m]: d };
var j = { "authSchemes": [{ "name": "sigv4a", "signingName": "ses", "signingRegionSet": ["*"] }] };
var k = {};
var l = [{ [m]: "Region" }];
var _data = {
  conditions: [
    [c, l],
    ["aws.partition", l, d],
    [c, [g]],
    ["isValidHostLabel", [g, b]],
    [c, [h]],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ [m]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
    ["stringEquals", [{ fn: f, argv: [i, "name"] }, "aws-us-gov"]],
    [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [h, j],
    ["https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dualStackDnsSuffix}", j],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dnsSuffix}", j],
    ["https://{EndpointId}.endpoints.email.global.{PartitionResult#dualStackDnsSuffix}", j],
    ["https://{EndpointId}.endpoints.email.{PartitionResult#dnsSuffix}", j],
    [a, "Invalid Configuration: FIPS is not supported with multi-region endpoints"],
    [a, "EndpointId must be a valid host label"],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://email-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://email-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://email.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    ["https://email.{Region}.{PartitionResult#dnsSuffix}", k],
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
  3,
  4,
  1,
  5,
  4,
  4,
  14,
  r + 18,
  2,
  16,
  6,
  4,
  14,
  7,
  5,
  10,
  8,
  6,
  9,
  r + 17,
  7,
  r + 16,
  r + 3,
  6,
  12,
  11,
  9,
  r + 14,
  r + 15,
  7,
  13,
  r + 13,
  9,
  r + 12,
  r + 13,
  5,
  r + 9,
  15,
  6,
  r + 10,
  r + 11,
  3,
  17,
  r + 8,
  4,
  23,
  18,
  5,
  r + 7,
  19,
  6,
  21,
  20,
  8,
  r + 4,
  r + 6,
  7,
  22,
  r + 3,
  8,
  r + 2,
  r + 5,
  5,
  r + 7,
  r + 1
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-sesv2/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "EndpointId", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-sesv2/dist-es/auth/httpAuthSchemeProvider.js
var createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
  if (!input) {
    throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
  }
  const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
  const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
  if (!instructionsFn) {
    throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
  }
  const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
  return Object.assign(defaultParameters, endpointParameters);
};
var _defaultSESv2HttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
var defaultSESv2HttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSESv2HttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "ses",
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
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: {
      name: "ses",
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
var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver2, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
  const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
    const endpoint = defaultEndpointResolver2(authParameters);
    const authSchemes = endpoint.properties?.authSchemes;
    if (!authSchemes) {
      return defaultHttpAuthSchemeResolver(authParameters);
    }
    const options = [];
    for (const scheme of authSchemes) {
      const { name: resolvedName, properties = {}, ...rest } = scheme;
      const name = resolvedName.toLowerCase();
      if (resolvedName !== name) {
        console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
      }
      let schemeId;
      if (name === "sigv4a") {
        schemeId = "aws.auth#sigv4a";
        const sigv4Present = authSchemes.find((s) => {
          const name2 = s.name.toLowerCase();
          return name2 !== "sigv4a" && name2.startsWith("sigv4");
        });
        if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
          continue;
        }
      } else if (name.startsWith("sigv4")) {
        schemeId = "aws.auth#sigv4";
      } else {
        throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
      }
      const createOption = createHttpAuthOptionFunctions[schemeId];
      if (!createOption) {
        throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
      }
      const option = createOption(authParameters);
      option.schemeId = schemeId;
      option.signingProperties = { ...option.signingProperties || {}, ...rest, ...properties };
      options.push(option);
    }
    return options;
  };
  return endpointRuleSetHttpAuthSchemeProvider;
};
var _defaultSESv2HttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
    }
  }
  return options;
};
var defaultSESv2HttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultSESv2HttpAuthSchemeProvider, {
  "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
  "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption
});
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  const config_1 = resolveAwsSdkSigV4AConfig(config_0);
  return Object.assign(config_1, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-sesv2/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "ses"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-sesv2/package.json
var package_default = {
  name: "@aws-sdk/client-sesv2",
  version: "3.1138.0",
  description: "AWS SDK for JavaScript Sesv2 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sesv2",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-sesv2"
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
    "@aws-sdk/signature-v4-multi-region": "^3.996.47",
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

// node_modules/@aws-sdk/client-sesv2/dist-es/models/SESv2ServiceException.js
var SESv2ServiceException = class _SESv2ServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SESv2ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-sesv2/dist-es/models/errors.js
var AccountSuspendedException = class _AccountSuspendedException extends SESv2ServiceException {
  name = "AccountSuspendedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccountSuspendedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountSuspendedException.prototype);
  }
};
var AlreadyExistsException = class _AlreadyExistsException extends SESv2ServiceException {
  name = "AlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
  }
};
var BadRequestException = class _BadRequestException extends SESv2ServiceException {
  name = "BadRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BadRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BadRequestException.prototype);
  }
};
var NotFoundException = class _NotFoundException extends SESv2ServiceException {
  name = "NotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFoundException.prototype);
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends SESv2ServiceException {
  name = "TooManyRequestsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
  }
};
var InternalServiceErrorException = class _InternalServiceErrorException extends SESv2ServiceException {
  name = "InternalServiceErrorException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalServiceErrorException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServiceErrorException.prototype);
  }
};
var ConcurrentModificationException = class _ConcurrentModificationException extends SESv2ServiceException {
  name = "ConcurrentModificationException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
  }
};
var ConflictException = class _ConflictException extends SESv2ServiceException {
  name = "ConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends SESv2ServiceException {
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var MailFromDomainNotVerifiedException = class _MailFromDomainNotVerifiedException extends SESv2ServiceException {
  name = "MailFromDomainNotVerifiedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MailFromDomainNotVerifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MailFromDomainNotVerifiedException.prototype);
  }
};
var MessageRejected = class _MessageRejected extends SESv2ServiceException {
  name = "MessageRejected";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MessageRejected",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MessageRejected.prototype);
  }
};
var SendingPausedException = class _SendingPausedException extends SESv2ServiceException {
  name = "SendingPausedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SendingPausedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SendingPausedException.prototype);
  }
};
var InvalidNextTokenException = class _InvalidNextTokenException extends SESv2ServiceException {
  name = "InvalidNextTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidNextTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
  }
};

// node_modules/@aws-sdk/client-sesv2/dist-es/schemas/schemas_0.js
var _A = "Attachment";
var _AA = "ArchiveArn";
var _AAp = "ApplicationArn";
var _ACEA = "AdditionalContactEmailAddress";
var _ACEAd = "AdditionalContactEmailAddresses";
var _AD = "AccountDetails";
var _ADt = "AttributesData";
var _AE = "AdminEmail";
var _AEE = "AlreadyExistsException";
var _AEIC = "AssociateEmailIdentityCertificate";
var _AEICR = "AssociateEmailIdentityCertificateRequest";
var _AEICRs = "AssociateEmailIdentityCertificateResponse";
var _AL = "AttachmentList";
var _AO = "ArchivingOptions";
var _AS = "AccountStatus";
var _ASD = "ActiveSubscribedDomains";
var _ASE = "AccountSuspendedException";
var _ASMS = "AwsSesManagedStatus";
var _AT = "AssociatedTimestamp";
var _AWE = "AutoWarmupEnabled";
var _Ag = "Aggregation";
var _At = "Attachments";
var _Att = "Attributes";
var _B = "Body";
var _BA = "BccAddresses";
var _BE = "BlacklistEntry";
var _BEC = "BulkEmailContent";
var _BEE = "BulkEmailEntry";
var _BEEL = "BulkEmailEntryList";
var _BEER = "BulkEmailEntryResult";
var _BEERL = "BulkEmailEntryResultList";
var _BEERu = "BulkEmailEntryResults";
var _BEEu = "BulkEmailEntries";
var _BEl = "BlacklistEntries";
var _BGMD = "BatchGetMetricData";
var _BGMDQ = "BatchGetMetricDataQuery";
var _BGMDQa = "BatchGetMetricDataQueries";
var _BGMDR = "BatchGetMetricDataRequest";
var _BGMDRa = "BatchGetMetricDataResponse";
var _BIN = "BlacklistItemNames";
var _BOMF = "BehaviorOnMxFailure";
var _BR = "BlacklistReport";
var _BRE = "BadRequestException";
var _BST = "BounceSubType";
var _BT = "BounceType";
var _Bo = "Bounce";
var _C = "Complaint";
var _CA = "CertificateArn";
var _CAc = "CcAddresses";
var _CC = "CreateContact";
var _CCL = "CreateContactList";
var _CCLR = "CreateContactListRequest";
var _CCLRr = "CreateContactListResponse";
var _CCR = "CreateContactRequest";
var _CCRr = "CreateContactResponse";
var _CCS = "CreateConfigurationSet";
var _CCSED = "CreateConfigurationSetEventDestination";
var _CCSEDR = "CreateConfigurationSetEventDestinationRequest";
var _CCSEDRr = "CreateConfigurationSetEventDestinationResponse";
var _CCSR = "CreateConfigurationSetRequest";
var _CCSRr = "CreateConfigurationSetResponse";
var _CCVET = "CreateCustomVerificationEmailTemplate";
var _CCVETR = "CreateCustomVerificationEmailTemplateRequest";
var _CCVETRr = "CreateCustomVerificationEmailTemplateResponse";
var _CD = "ContentDisposition";
var _CDIP = "CreateDedicatedIpPool";
var _CDIPR = "CreateDedicatedIpPoolRequest";
var _CDIPRr = "CreateDedicatedIpPoolResponse";
var _CDTR = "CreateDeliverabilityTestReport";
var _CDTRR = "CreateDeliverabilityTestReportRequest";
var _CDTRRr = "CreateDeliverabilityTestReportResponse";
var _CDo = "ContentDescription";
var _CDr = "CreateDate";
var _CE = "ConflictException";
var _CEI = "CreateEmailIdentity";
var _CEIP = "CreateEmailIdentityPolicy";
var _CEIPR = "CreateEmailIdentityPolicyRequest";
var _CEIPRr = "CreateEmailIdentityPolicyResponse";
var _CEIR = "CreateEmailIdentityRequest";
var _CEIRr = "CreateEmailIdentityResponse";
var _CEJ = "CancelExportJob";
var _CEJR = "CancelExportJobRequest";
var _CEJRa = "CancelExportJobResponse";
var _CEJRr = "CreateExportJobRequest";
var _CEJRre = "CreateExportJobResponse";
var _CEJr = "CreateExportJob";
var _CET = "CertificateExpiryTime";
var _CETR = "CreateEmailTemplateRequest";
var _CETRr = "CreateEmailTemplateResponse";
var _CETr = "CreateEmailTemplate";
var _CFT = "ComplaintFeedbackType";
var _CI = "ContentId";
var _CIJ = "CreateImportJob";
var _CIJR = "CreateImportJobRequest";
var _CIJRr = "CreateImportJobResponse";
var _CIa = "CampaignId";
var _CIas = "CaseId";
var _CL = "ContactLanguage";
var _CLD = "ContactListDestination";
var _CLIA = "ContactListImportAction";
var _CLN = "ContactListName";
var _CLo = "ContactList";
var _CLon = "ContactLists";
var _CME = "ConcurrentModificationException";
var _CMRE = "CreateMultiRegionEndpoint";
var _CMRER = "CreateMultiRegionEndpointRequest";
var _CMRERr = "CreateMultiRegionEndpointResponse";
var _CMS = "CustomerManagedStatus";
var _CO = "ConfigurationOverrides";
var _CP = "CurrentPlan";
var _CRD = "CustomRedirectDomain";
var _CS = "ConfigurationSets";
var _CSKL = "CurrentSigningKeyLength";
var _CSN = "ConfigurationSetName";
var _CST = "ComplaintSubType";
var _CT = "ContentType";
var _CTE = "ContentTransferEncoding";
var _CTEl = "ClickTrackingEnabled";
var _CTEo = "ConditionThresholdEnabled";
var _CTR = "CreateTenantRequest";
var _CTRA = "CreateTenantResourceAssociation";
var _CTRAR = "CreateTenantResourceAssociationRequest";
var _CTRARr = "CreateTenantResourceAssociationResponse";
var _CTRr = "CreateTenantResponse";
var _CTo = "CompletedTimestamp";
var _CTon = "ConditionThreshold";
var _CTr = "CreatedTimestamp";
var _CTre = "CreateTenant";
var _CV = "ConfidenceVerdict";
var _CVET = "CustomVerificationEmailTemplates";
var _CVETL = "CustomVerificationEmailTemplatesList";
var _CVETM = "CustomVerificationEmailTemplateMetadata";
var _CVT = "ConfidenceVerdictThreshold";
var _CWD = "CloudWatchDestination";
var _CWDC = "CloudWatchDimensionConfiguration";
var _CWDCl = "CloudWatchDimensionConfigurations";
var _Ca = "Cause";
var _Ce = "Certificates";
var _Ch = "Charset";
var _Co = "Contact";
var _Cod = "Code";
var _Con = "Content";
var _Cont = "Contacts";
var _D = "Dimensions";
var _DA = "DkimAttributes";
var _DAa = "DashboardAttributes";
var _DC = "DiagnosticCode";
var _DCL = "DeleteContactList";
var _DCLR = "DeleteContactListRequest";
var _DCLRe = "DeleteContactListResponse";
var _DCR = "DeleteContactRequest";
var _DCRe = "DeleteContactResponse";
var _DCS = "DeleteConfigurationSet";
var _DCSED = "DeleteConfigurationSetEventDestination";
var _DCSEDR = "DeleteConfigurationSetEventDestinationRequest";
var _DCSEDRe = "DeleteConfigurationSetEventDestinationResponse";
var _DCSR = "DeleteConfigurationSetRequest";
var _DCSRe = "DeleteConfigurationSetResponse";
var _DCVET = "DeleteCustomVerificationEmailTemplate";
var _DCVETR = "DeleteCustomVerificationEmailTemplateRequest";
var _DCVETRe = "DeleteCustomVerificationEmailTemplateResponse";
var _DCe = "DefaultContent";
var _DCel = "DeleteContact";
var _DCi = "DimensionConfigurations";
var _DDC = "DomainDeliverabilityCampaign";
var _DDCL = "DomainDeliverabilityCampaignList";
var _DDCo = "DomainDeliverabilityCampaigns";
var _DDIP = "DeleteDedicatedIpPool";
var _DDIPR = "DeleteDedicatedIpPoolRequest";
var _DDIPRe = "DeleteDedicatedIpPoolResponse";
var _DDTO = "DomainDeliverabilityTrackingOption";
var _DDTOo = "DomainDeliverabilityTrackingOptions";
var _DDV = "DefaultDimensionValue";
var _DE = "DashboardEnabled";
var _DEI = "DeleteEmailIdentity";
var _DEIC = "DisassociateEmailIdentityCertificate";
var _DEICR = "DisassociateEmailIdentityCertificateRequest";
var _DEICRi = "DisassociateEmailIdentityCertificateResponse";
var _DEIP = "DeleteEmailIdentityPolicy";
var _DEIPR = "DeleteEmailIdentityPolicyRequest";
var _DEIPRe = "DeleteEmailIdentityPolicyResponse";
var _DEIR = "DeleteEmailIdentityRequest";
var _DEIRe = "DeleteEmailIdentityResponse";
var _DET = "DefaultEmailTags";
var _DETR = "DeleteEmailTemplateRequest";
var _DETRe = "DeleteEmailTemplateResponse";
var _DETe = "DeleteEmailTemplate";
var _DF = "DataFormat";
var _DI = "DedicatedIp";
var _DIAWE = "DedicatedIpAutoWarmupEnabled";
var _DIL = "DedicatedIpList";
var _DIP = "DomainIspPlacements";
var _DIPe = "DedicatedIpPool";
var _DIPed = "DedicatedIpPools";
var _DIPo = "DomainIspPlacement";
var _DIe = "DedicatedIps";
var _DMRE = "DeleteMultiRegionEndpoint";
var _DMRER = "DeleteMultiRegionEndpointRequest";
var _DMRERe = "DeleteMultiRegionEndpointResponse";
var _DN = "DimensionName";
var _DNi = "DisplayName";
var _DO = "DeliveryOptions";
var _DOa = "DashboardOptions";
var _DP = "DkimPercentage";
var _DPN = "DestinationPoolName";
var _DR = "DeleteRate";
var _DS = "DkimStatus";
var _DSA = "DkimSigningAttributes";
var _DSAO = "DomainSigningAttributesOrigin";
var _DSAe = "DeliveryStreamArn";
var _DSD = "DeleteSuppressedDestination";
var _DSDR = "DeleteSuppressedDestinationRequest";
var _DSDRe = "DeleteSuppressedDestinationResponse";
var _DSPK = "DomainSigningPrivateKey";
var _DSS = "DefaultSigningScheme";
var _DSSe = "DefaultSubscriptionStatus";
var _DSSo = "DomainSigningSelector";
var _DSe = "DefaultScheme";
var _DT = "DkimTokens";
var _DTR = "DeleteTenantRequest";
var _DTRA = "DeleteTenantResourceAssociation";
var _DTRAR = "DeleteTenantResourceAssociationRequest";
var _DTRARe = "DeleteTenantResourceAssociationResponse";
var _DTRe = "DeleteTenantResponse";
var _DTRel = "DeliverabilityTestReport";
var _DTReli = "DeliverabilityTestReports";
var _DTS = "DeliverabilityTestStatus";
var _DTe = "DeleteTenant";
var _DV = "DailyVolume";
var _DVS = "DimensionValueSource";
var _DVa = "DailyVolumes";
var _Da = "Data";
var _De = "Description";
var _Des = "Destination";
var _Det = "Details";
var _Do = "Domain";
var _E = "Errors";
var _EA = "EmailAddress";
var _EAFL = "EmailAddressFilterList";
var _EAIME = "EmailAddressInsightsMailboxEvaluations";
var _EAIV = "EmailAddressInsightsVerdict";
var _EBA = "EventBusArn";
var _EBD = "EventBridgeDestination";
var _EC = "EmailContent";
var _ED = "EndDate";
var _EDD = "EventDestinationDefinition";
var _EDN = "EventDestinationName";
var _EDS = "ExportDataSource";
var _EDv = "EventDestination";
var _EDve = "EventDetails";
var _EDven = "EventDestinations";
var _EDx = "ExportDestination";
var _EDxp = "ExportDimensions";
var _EFE = "EmailForwardingEnabled";
var _EI = "EmailIdentity";
var _EIL = "EmailInsightsList";
var _EIm = "EmailInsights";
var _EIma = "EmailIdentities";
var _EIn = "EndpointId";
var _EJ = "ExportJobs";
var _EJS = "ExportJobSummary";
var _EJSL = "ExportJobSummaryList";
var _EM = "EngagementMetrics";
var _EMr = "ErrorMessage";
var _EMx = "ExportMetric";
var _EMxp = "ExportMetrics";
var _EN = "EndpointName";
var _ERC = "ExportedRecordsCount";
var _ES = "EmailSubject";
var _ESFL = "EmailSubjectFilterList";
var _EST = "ExportSourceType";
var _ESn = "EnforcementStatus";
var _ESx = "ExportStatistics";
var _ET = "EmailTags";
var _ETC = "EmailTemplateContent";
var _ETM = "EmailTemplateMetadata";
var _ETML = "EmailTemplateMetadataList";
var _ETr = "ErrorType";
var _En = "Enabled";
var _Er = "Error";
var _Es = "Esps";
var _Ev = "Events";
var _Eva = "Evaluations";
var _Ex = "Exclude";
var _F = "Filter";
var _FA = "FromAddress";
var _FEA = "FromEmailAddress";
var _FEAIA = "FromEmailAddressIdentityArn";
var _FFEA = "FeedbackForwardingEmailAddress";
var _FFEAIA = "FeedbackForwardingEmailAddressIdentityArn";
var _FFS = "FeedbackForwardingStatus";
var _FI = "FailureInfo";
var _FIe = "FeedbackId";
var _FN = "FileName";
var _FRC = "FailedRecordsCount";
var _FRSU = "FailedRecordsS3Url";
var _FRURL = "FailureRedirectionURL";
var _FS = "FilteredStatus";
var _FSDT = "FirstSeenDateTime";
var _G = "Global";
var _GA = "GuardianAttributes";
var _GAR = "GetAccountRequest";
var _GARe = "GetAccountResponse";
var _GAe = "GetAccount";
var _GBR = "GetBlacklistReports";
var _GBRR = "GetBlacklistReportsRequest";
var _GBRRe = "GetBlacklistReportsResponse";
var _GC = "GetContact";
var _GCL = "GetContactList";
var _GCLR = "GetContactListRequest";
var _GCLRe = "GetContactListResponse";
var _GCR = "GetContactRequest";
var _GCRe = "GetContactResponse";
var _GCS = "GetConfigurationSet";
var _GCSED = "GetConfigurationSetEventDestinations";
var _GCSEDR = "GetConfigurationSetEventDestinationsRequest";
var _GCSEDRe = "GetConfigurationSetEventDestinationsResponse";
var _GCSR = "GetConfigurationSetRequest";
var _GCSRe = "GetConfigurationSetResponse";
var _GCVET = "GetCustomVerificationEmailTemplate";
var _GCVETR = "GetCustomVerificationEmailTemplateRequest";
var _GCVETRe = "GetCustomVerificationEmailTemplateResponse";
var _GDDC = "GetDomainDeliverabilityCampaign";
var _GDDCR = "GetDomainDeliverabilityCampaignRequest";
var _GDDCRe = "GetDomainDeliverabilityCampaignResponse";
var _GDDO = "GetDeliverabilityDashboardOptions";
var _GDDOR = "GetDeliverabilityDashboardOptionsRequest";
var _GDDORe = "GetDeliverabilityDashboardOptionsResponse";
var _GDI = "GetDedicatedIp";
var _GDIP = "GetDedicatedIpPool";
var _GDIPR = "GetDedicatedIpPoolRequest";
var _GDIPRe = "GetDedicatedIpPoolResponse";
var _GDIR = "GetDedicatedIpRequest";
var _GDIRe = "GetDedicatedIpResponse";
var _GDIRet = "GetDedicatedIpsRequest";
var _GDIRete = "GetDedicatedIpsResponse";
var _GDIe = "GetDedicatedIps";
var _GDSR = "GetDomainStatisticsReport";
var _GDSRR = "GetDomainStatisticsReportRequest";
var _GDSRRe = "GetDomainStatisticsReportResponse";
var _GDTR = "GetDeliverabilityTestReport";
var _GDTRR = "GetDeliverabilityTestReportRequest";
var _GDTRRe = "GetDeliverabilityTestReportResponse";
var _GEAI = "GetEmailAddressInsights";
var _GEAIR = "GetEmailAddressInsightsRequest";
var _GEAIRe = "GetEmailAddressInsightsResponse";
var _GEI = "GetEmailIdentity";
var _GEIP = "GetEmailIdentityPolicies";
var _GEIPR = "GetEmailIdentityPoliciesRequest";
var _GEIPRe = "GetEmailIdentityPoliciesResponse";
var _GEIR = "GetEmailIdentityRequest";
var _GEIRe = "GetEmailIdentityResponse";
var _GEJ = "GetExportJob";
var _GEJR = "GetExportJobRequest";
var _GEJRe = "GetExportJobResponse";
var _GET = "GetEmailTemplate";
var _GETR = "GetEmailTemplateRequest";
var _GETRe = "GetEmailTemplateResponse";
var _GIJ = "GetImportJob";
var _GIJR = "GetImportJobRequest";
var _GIJRe = "GetImportJobResponse";
var _GMI = "GetMessageInsights";
var _GMIR = "GetMessageInsightsRequest";
var _GMIRe = "GetMessageInsightsResponse";
var _GMRE = "GetMultiRegionEndpoint";
var _GMRER = "GetMultiRegionEndpointRequest";
var _GMRERe = "GetMultiRegionEndpointResponse";
var _GO = "GuardianOptions";
var _GRE = "GetReputationEntity";
var _GRER = "GetReputationEntityRequest";
var _GRERe = "GetReputationEntityResponse";
var _GSD = "GetSuppressedDestination";
var _GSDR = "GetSuppressedDestinationRequest";
var _GSDRe = "GetSuppressedDestinationResponse";
var _GT = "GetTenant";
var _GTR = "GetTenantRequest";
var _GTRe = "GetTenantResponse";
var _H = "Html";
var _HP = "HttpsPolicy";
var _HVDR = "HasValidDnsRecords";
var _HVS = "HasValidSyntax";
var _He = "Headers";
var _I = "Id";
var _IC = "InboxCount";
var _ICL = "IdentityCertificateList";
var _ICd = "IdentityCertificate";
var _ID = "ImportDestination";
var _IDS = "ImportDataSource";
var _IDT = "ImportDestinationType";
var _IDs = "IsDisposable";
var _IE = "InsightsEvent";
var _IEA = "InsightsEmailAddress";
var _IEn = "InsightsEvents";
var _II = "IdentityInfo";
var _IIL = "IdentityInfoList";
var _IJ = "ImportJobs";
var _IJS = "ImportJobSummary";
var _IJSL = "ImportJobSummaryList";
var _IN = "IspName";
var _INTE = "InvalidNextTokenException";
var _INd = "IdentityName";
var _IP = "InboxPercentage";
var _IPTO = "InboxPlacementTrackingOption";
var _IPs = "IspPlacements";
var _IPsp = "IspPlacement";
var _IRA = "IsRoleAddress";
var _IRAa = "IamRoleArn";
var _IRC = "InboxRawCount";
var _IRI = "IsRandomInput";
var _ISEE = "InternalServiceErrorException";
var _IT = "IdentityType";
var _IU = "ImageUrl";
var _IV = "IsValid";
var _Im = "Impact";
var _In = "Insights";
var _Inc = "Include";
var _Ip = "Ip";
var _Is = "Isp";
var _JI = "JobId";
var _JS = "JobStatus";
var _K = "Key";
var _KFD = "KinesisFirehoseDestination";
var _LC = "ListContacts";
var _LCF = "ListContactsFilter";
var _LCL = "ListContactLists";
var _LCLR = "ListContactListsRequest";
var _LCLRi = "ListContactListsResponse";
var _LCR = "ListContactsRequest";
var _LCRi = "ListContactsResponse";
var _LCS = "ListConfigurationSets";
var _LCSR = "ListConfigurationSetsRequest";
var _LCSRi = "ListConfigurationSetsResponse";
var _LCT = "LastCheckedTimestamp";
var _LCVET = "ListCustomVerificationEmailTemplates";
var _LCVETR = "ListCustomVerificationEmailTemplatesRequest";
var _LCVETRi = "ListCustomVerificationEmailTemplatesResponse";
var _LDDC = "ListDomainDeliverabilityCampaigns";
var _LDDCR = "ListDomainDeliverabilityCampaignsRequest";
var _LDDCRi = "ListDomainDeliverabilityCampaignsResponse";
var _LDE = "LastDeliveryEvent";
var _LDIP = "ListDedicatedIpPools";
var _LDIPR = "ListDedicatedIpPoolsRequest";
var _LDIPRi = "ListDedicatedIpPoolsResponse";
var _LDTR = "ListDeliverabilityTestReports";
var _LDTRR = "ListDeliverabilityTestReportsRequest";
var _LDTRRi = "ListDeliverabilityTestReportsResponse";
var _LEE = "LimitExceededException";
var _LEEa = "LastEngagementEvent";
var _LEI = "ListEmailIdentities";
var _LEIC = "ListEmailIdentityCertificates";
var _LEICR = "ListEmailIdentityCertificatesRequest";
var _LEICRi = "ListEmailIdentityCertificatesResponse";
var _LEIR = "ListEmailIdentitiesRequest";
var _LEIRi = "ListEmailIdentitiesResponse";
var _LEJ = "ListExportJobs";
var _LEJR = "ListExportJobsRequest";
var _LEJRi = "ListExportJobsResponse";
var _LET = "ListEmailTemplates";
var _LETR = "ListEmailTemplatesRequest";
var _LETRi = "ListEmailTemplatesResponse";
var _LFS = "LastFreshStart";
var _LIJ = "ListImportJobs";
var _LIJR = "ListImportJobsRequest";
var _LIJRi = "ListImportJobsResponse";
var _LKGT = "LastKeyGenerationTimestamp";
var _LMO = "ListManagementOptions";
var _LMRE = "ListMultiRegionEndpoints";
var _LMRER = "ListMultiRegionEndpointsRequest";
var _LMRERi = "ListMultiRegionEndpointsResponse";
var _LOC = "ListOfContacts";
var _LOCL = "ListOfContactLists";
var _LR = "ListRecommendations";
var _LRE = "ListReputationEntities";
var _LRER = "ListReputationEntitiesRequest";
var _LRERi = "ListReputationEntitiesResponse";
var _LRR = "ListRecommendationsRequest";
var _LRRi = "ListRecommendationsResponse";
var _LRT = "ListResourceTenants";
var _LRTR = "ListResourceTenantsRequest";
var _LRTRi = "ListResourceTenantsResponse";
var _LSD = "ListSuppressedDestinations";
var _LSDR = "ListSuppressedDestinationsRequest";
var _LSDRi = "ListSuppressedDestinationsResponse";
var _LSDT = "LastSeenDateTime";
var _LST = "LastSuccessTimestamp";
var _LT = "ListingTime";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTR = "ListTenantsRequest";
var _LTRR = "ListTenantResourcesRequest";
var _LTRRi = "ListTenantResourcesResponse";
var _LTRi = "ListTenantsResponse";
var _LTRis = "ListTenantResources";
var _LTi = "ListTenants";
var _LUT = "LastUpdatedTimestamp";
var _LUTa = "LastUpdateTime";
var _M = "Metric";
var _MDE = "MetricDataError";
var _MDEL = "MetricDataErrorList";
var _MDR = "MetricDataResult";
var _MDRL = "MetricDataResultList";
var _MDS = "MaxDeliverySeconds";
var _MDSe = "MetricsDataSource";
var _ME = "MailboxExists";
var _MET = "MatchingEventTypes";
var _MFA = "MailFromAttributes";
var _MFD = "MailFromDomain";
var _MFDNVE = "MailFromDomainNotVerifiedException";
var _MFDS = "MailFromDomainStatus";
var _MH = "MessageHeader";
var _MHL = "MessageHeaderList";
var _MHS = "Max24HourSend";
var _MI = "MessageId";
var _MIDS = "MessageInsightsDataSource";
var _MIF = "MessageInsightsFilters";
var _MP = "MissingPercentage";
var _MR = "MessageRejected";
var _MRE = "MultiRegionEndpoints";
var _MREu = "MultiRegionEndpoint";
var _MRa = "MaxResults";
var _MSO = "MessageSecurityOptions";
var _MSR = "MaxSendRate";
var _MT = "MailType";
var _MTL = "MessageTagList";
var _MTe = "MessageTag";
var _MV = "MailboxValidation";
var _Me = "Message";
var _Met = "Metrics";
var _N = "Namespace";
var _NFE = "NotFoundException";
var _NP = "NextPlan";
var _NSKL = "NextSigningKeyLength";
var _NT = "NextToken";
var _Na = "Name";
var _OCT = "OverallConfidenceThreshold";
var _OP = "OverallPlacement";
var _OSD = "OptimizedSharedDelivery";
var _OTE = "OpenTrackingEnabled";
var _OV = "OverallVolume";
var _P = "Policy";
var _PA = "PricingAttributes";
var _PAD = "PutAccountDetails";
var _PADIWA = "PutAccountDedicatedIpWarmupAttributes";
var _PADIWAR = "PutAccountDedicatedIpWarmupAttributesRequest";
var _PADIWARu = "PutAccountDedicatedIpWarmupAttributesResponse";
var _PADR = "PutAccountDetailsRequest";
var _PADRu = "PutAccountDetailsResponse";
var _PAE = "ProductionAccessEnabled";
var _PAPA = "PutAccountPricingAttributes";
var _PAPAR = "PutAccountPricingAttributesRequest";
var _PAPARu = "PutAccountPricingAttributesResponse";
var _PASA = "PutAccountSendingAttributes";
var _PASAR = "PutAccountSendingAttributesRequest";
var _PASARu = "PutAccountSendingAttributesResponse";
var _PASARut = "PutAccountSuppressionAttributesRequest";
var _PASARutc = "PutAccountSuppressionAttributesResponse";
var _PASAu = "PutAccountSuppressionAttributes";
var _PAVA = "PutAccountVdmAttributes";
var _PAVAR = "PutAccountVdmAttributesRequest";
var _PAVARu = "PutAccountVdmAttributesResponse";
var _PCSAO = "PutConfigurationSetArchivingOptions";
var _PCSAOR = "PutConfigurationSetArchivingOptionsRequest";
var _PCSAORu = "PutConfigurationSetArchivingOptionsResponse";
var _PCSDO = "PutConfigurationSetDeliveryOptions";
var _PCSDOR = "PutConfigurationSetDeliveryOptionsRequest";
var _PCSDORu = "PutConfigurationSetDeliveryOptionsResponse";
var _PCSRO = "PutConfigurationSetReputationOptions";
var _PCSROR = "PutConfigurationSetReputationOptionsRequest";
var _PCSRORu = "PutConfigurationSetReputationOptionsResponse";
var _PCSSO = "PutConfigurationSetSendingOptions";
var _PCSSOR = "PutConfigurationSetSendingOptionsRequest";
var _PCSSORu = "PutConfigurationSetSendingOptionsResponse";
var _PCSSORut = "PutConfigurationSetSuppressionOptionsRequest";
var _PCSSORuto = "PutConfigurationSetSuppressionOptionsResponse";
var _PCSSOu = "PutConfigurationSetSuppressionOptions";
var _PCSTO = "PutConfigurationSetTrackingOptions";
var _PCSTOR = "PutConfigurationSetTrackingOptionsRequest";
var _PCSTORu = "PutConfigurationSetTrackingOptionsResponse";
var _PCSVO = "PutConfigurationSetVdmOptions";
var _PCSVOR = "PutConfigurationSetVdmOptionsRequest";
var _PCSVORu = "PutConfigurationSetVdmOptionsResponse";
var _PD = "PinpointDestination";
var _PDDO = "PutDeliverabilityDashboardOption";
var _PDDOR = "PutDeliverabilityDashboardOptionRequest";
var _PDDORu = "PutDeliverabilityDashboardOptionResponse";
var _PDIIP = "PutDedicatedIpInPool";
var _PDIIPR = "PutDedicatedIpInPoolRequest";
var _PDIIPRu = "PutDedicatedIpInPoolResponse";
var _PDIPSA = "PutDedicatedIpPoolScalingAttributes";
var _PDIPSAR = "PutDedicatedIpPoolScalingAttributesRequest";
var _PDIPSARu = "PutDedicatedIpPoolScalingAttributesResponse";
var _PDIWA = "PutDedicatedIpWarmupAttributes";
var _PDIWAR = "PutDedicatedIpWarmupAttributesRequest";
var _PDIWARu = "PutDedicatedIpWarmupAttributesResponse";
var _PEICSA = "PutEmailIdentityConfigurationSetAttributes";
var _PEICSAR = "PutEmailIdentityConfigurationSetAttributesRequest";
var _PEICSARu = "PutEmailIdentityConfigurationSetAttributesResponse";
var _PEIDA = "PutEmailIdentityDkimAttributes";
var _PEIDAR = "PutEmailIdentityDkimAttributesRequest";
var _PEIDARu = "PutEmailIdentityDkimAttributesResponse";
var _PEIDSA = "PutEmailIdentityDkimSigningAttributes";
var _PEIDSAR = "PutEmailIdentityDkimSigningAttributesRequest";
var _PEIDSARu = "PutEmailIdentityDkimSigningAttributesResponse";
var _PEIFA = "PutEmailIdentityFeedbackAttributes";
var _PEIFAR = "PutEmailIdentityFeedbackAttributesRequest";
var _PEIFARu = "PutEmailIdentityFeedbackAttributesResponse";
var _PEIMFA = "PutEmailIdentityMailFromAttributes";
var _PEIMFAR = "PutEmailIdentityMailFromAttributesRequest";
var _PEIMFARu = "PutEmailIdentityMailFromAttributesResponse";
var _PESD = "PendingExpirationSubscribedDomains";
var _PI = "ProjectedInbox";
var _PK = "PrivateKey";
var _PN = "PoolName";
var _PNS = "PrimaryNameServer";
var _PNo = "PolicyName";
var _PRC = "ProcessedRecordsCount";
var _PS = "PageSize";
var _PSD = "PutSuppressedDestination";
var _PSDR = "PutSuppressedDestinationRequest";
var _PSDRu = "PutSuppressedDestinationResponse";
var _PSl = "PlacementStatistics";
var _PSr = "ProjectedSpam";
var _PTSA = "PutTenantSuppressionAttributes";
var _PTSAR = "PutTenantSuppressionAttributesRequest";
var _PTSARu = "PutTenantSuppressionAttributesResponse";
var _PV = "ProjectedVolume";
var _Pl = "Plan";
var _Po = "Policies";
var _Q = "Queries";
var _R = "Results";
var _RA = "ResourceArn";
var _RC = "RawContent";
var _RD = "ReviewDetails";
var _RDR = "ReadDeleteRate";
var _RDo = "RoutesDetails";
var _RDou = "RouteDetails";
var _RE = "ReputationEntity";
var _REC = "ReplacementEmailContent";
var _REL = "ReputationEntitiesList";
var _REP = "ReputationEntityPolicy";
var _RER = "ReputationEntityReference";
var _RET = "ReputationEntityType";
var _REe = "ReputationEntities";
var _RH = "ReplacementHeaders";
var _RI = "ReportId";
var _RIe = "ReputationImpact";
var _RL = "RecommendationsList";
var _RM = "RawMessage";
var _RME = "ReputationMetricsEnabled";
var _RMP = "ReputationManagementPolicy";
var _RN = "RblName";
var _RNe = "ReportName";
var _RO = "ReputationOptions";
var _RR = "ReadRate";
var _RRP = "ReadRatePercent";
var _RT = "ReplacementTags";
var _RTA = "ReplyToAddresses";
var _RTD = "ReplacementTemplateData";
var _RTM = "ResourceTenantMetadata";
var _RTML = "ResourceTenantMetadataList";
var _RTe = "ResourceTenants";
var _RTen = "RenderedTemplate";
var _RTep = "ReplacementTemplate";
var _RTes = "ResourceType";
var _Ra = "Raw";
var _Re = "Recommendations";
var _Rea = "Reasons";
var _Reas = "Reason";
var _Rec = "Recommendation";
var _Reg = "Regions";
var _Regi = "Region";
var _Ro = "Routes";
var _Rou = "Route";
var _S = "Status";
var _SA = "SuppressionAttributes";
var _SAO = "SigningAttributesOrigin";
var _SAi = "SigningAttributes";
var _SBE = "SendBulkEmail";
var _SBER = "SendBulkEmailRequest";
var _SBERe = "SendBulkEmailResponse";
var _SC = "SpamCount";
var _SCT = "SuppressionConditionThreshold";
var _SCTu = "SuppressionConfidenceThreshold";
var _SCVE = "SendCustomVerificationEmail";
var _SCVER = "SendCustomVerificationEmailRequest";
var _SCVERe = "SendCustomVerificationEmailResponse";
var _SD = "StartDate";
var _SDA = "SuppressedDestinationAttributes";
var _SDS = "SuppressedDestinationSummaries";
var _SDSu = "SuppressedDestinationSummary";
var _SDn = "SnsDestination";
var _SDu = "SuppressedDestination";
var _SDub = "SubscribedDomain";
var _SDubs = "SubscribedDomains";
var _SE = "SigningEnabled";
var _SED = "SubscriptionExpiryDate";
var _SER = "SendEmailRequest";
var _SERe = "SendEmailResponse";
var _SEe = "SendingEnabled";
var _SEen = "SendEmail";
var _SF = "SignatureFormat";
var _SHZ = "SigningHostedZone";
var _SI = "SendingIps";
var _SLD = "SuppressionListDestination";
var _SLH = "SentLast24Hours";
var _SLIA = "SuppressionListImportAction";
var _SM = "ScalingMode";
var _SN = "SerialNumber";
var _SO = "SendingOptions";
var _SOAR = "SOARecord";
var _SOu = "SuppressionOptions";
var _SP = "SpamPercentage";
var _SPE = "SendingPausedException";
var _SPN = "SendingPoolName";
var _SPp = "SpfPercentage";
var _SQ = "SendQuota";
var _SR = "SuppressedReasons";
var _SRC = "SpamRawCount";
var _SRURL = "SuccessRedirectionURL";
var _SRt = "StatusRecord";
var _SS = "SendingStatus";
var _SSA = "SendingStatusAggregate";
var _SSD = "SubscriptionStartDate";
var _SSS = "SmimeSigningScheme";
var _SSi = "SigningScheme";
var _SSm = "SmimeScheme";
var _SSu = "SuppressionScope";
var _SSub = "SubscriptionStatus";
var _SU = "S3Url";
var _SVA = "SuppressionValidationAttributes";
var _SVO = "SuppressionValidationOptions";
var _Si = "Simple";
var _St = "Statistics";
var _Su = "Subject";
var _T = "Text";
var _TA = "TenantArn";
var _TAe = "TemplateArn";
var _TAo = "ToAddresses";
var _TAop = "TopicArn";
var _TC = "TemplateContent";
var _TCO = "TrackingConfigurationOverrides";
var _TD = "TemplateData";
var _TDP = "TopicDefaultPreferences";
var _TF = "TopicFilter";
var _TI = "TenantId";
var _TIL = "TenantInfoList";
var _TIe = "TenantInfo";
var _TIr = "TrackedIsps";
var _TK = "TagKeys";
var _TL = "TagList";
var _TM = "TemplatesMetadata";
var _TMRE = "TooManyRequestsException";
var _TN = "TemplateName";
var _TNe = "TenantName";
var _TNo = "TopicName";
var _TO = "TrackingOptions";
var _TP = "TopicPreferences";
var _TPL = "TopicPreferenceList";
var _TPl = "TlsPolicy";
var _TPo = "TopicPreference";
var _TR = "TenantResources";
var _TRET = "TestRenderEmailTemplate";
var _TRETR = "TestRenderEmailTemplateRequest";
var _TRETRe = "TestRenderEmailTemplateResponse";
var _TRL = "TenantResourceList";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _TRa = "TagResource";
var _TRe = "TenantResource";
var _TS = "TemplateSubject";
var _TSA = "TenantSuppressionAttributes";
var _Ta = "Tags";
var _Tag = "Tag";
var _Te = "Template";
var _Ten = "Tenant";
var _Tena = "Tenants";
var _Ti = "Timestamp";
var _Tim = "Timestamps";
var _To = "Topics";
var _Tok = "Tokens";
var _Top = "Topic";
var _Tr = "Tracking";
var _Ty = "Type";
var _UA = "UnsubscribeAll";
var _UC = "UpdateContact";
var _UCD = "UseCaseDescription";
var _UCL = "UpdateContactList";
var _UCLR = "UpdateContactListRequest";
var _UCLRp = "UpdateContactListResponse";
var _UCR = "UpdateContactRequest";
var _UCRp = "UpdateContactResponse";
var _UCS = "UpdateConfigurationSet";
var _UCSED = "UpdateConfigurationSetEventDestination";
var _UCSEDR = "UpdateConfigurationSetEventDestinationRequest";
var _UCSEDRp = "UpdateConfigurationSetEventDestinationResponse";
var _UCSR = "UpdateConfigurationSetRequest";
var _UCSRp = "UpdateConfigurationSetResponse";
var _UCVET = "UpdateCustomVerificationEmailTemplate";
var _UCVETR = "UpdateCustomVerificationEmailTemplateRequest";
var _UCVETRp = "UpdateCustomVerificationEmailTemplateResponse";
var _UDIPU = "UseDefaultIfPreferenceUnavailable";
var _UEIP = "UpdateEmailIdentityPolicy";
var _UEIPR = "UpdateEmailIdentityPolicyRequest";
var _UEIPRp = "UpdateEmailIdentityPolicyResponse";
var _UET = "UpdateEmailTemplate";
var _UETR = "UpdateEmailTemplateRequest";
var _UETRp = "UpdateEmailTemplateResponse";
var _UR = "UntagResource";
var _URECMS = "UpdateReputationEntityCustomerManagedStatus";
var _URECMSR = "UpdateReputationEntityCustomerManagedStatusRequest";
var _URECMSRp = "UpdateReputationEntityCustomerManagedStatusResponse";
var _UREP = "UpdateReputationEntityPolicy";
var _UREPR = "UpdateReputationEntityPolicyRequest";
var _UREPRp = "UpdateReputationEntityPolicyResponse";
var _URR = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _V = "Value";
var _VA = "VdmAttributes";
var _VAa = "ValidationAttributes";
var _VE = "VdmEnabled";
var _VFSS = "VerifiedForSendingStatus";
var _VI = "VerificationInfo";
var _VO = "VdmOptions";
var _VOa = "ValidationOptions";
var _VS = "VolumeStatistics";
var _VSe = "VerificationStatus";
var _Va = "Values";
var _WP = "WarmupPercentage";
var _WS = "WarmupStatus";
var _WURL = "WebsiteURL";
var _c = "client";
var _e = "error";
var _h = "http";
var _hE = "httpError";
var _hQ = "httpQuery";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sesv2";
var _se = "server";
var n0 = "com.amazonaws.sesv2";
var _s_registry = new TypeRegistry(_s);
var SESv2ServiceException$ = [-3, _s, "SESv2ServiceException", 0, [], []];
_s_registry.registerError(SESv2ServiceException$, SESv2ServiceException);
var n0_registry = new TypeRegistry(n0);
var AccountSuspendedException$ = [
  -3,
  n0,
  _ASE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(AccountSuspendedException$, AccountSuspendedException);
var AlreadyExistsException$ = [
  -3,
  n0,
  _AEE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var BadRequestException$ = [
  -3,
  n0,
  _BRE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(BadRequestException$, BadRequestException);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServiceErrorException$ = [
  -3,
  n0,
  _ISEE,
  { [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(InternalServiceErrorException$, InternalServiceErrorException);
var InvalidNextTokenException$ = [
  -3,
  n0,
  _INTE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MailFromDomainNotVerifiedException$ = [
  -3,
  n0,
  _MFDNVE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MailFromDomainNotVerifiedException$, MailFromDomainNotVerifiedException);
var MessageRejected$ = [
  -3,
  n0,
  _MR,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MessageRejected$, MessageRejected);
var NotFoundException$ = [
  -3,
  n0,
  _NFE,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var SendingPausedException$ = [
  -3,
  n0,
  _SPE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SendingPausedException$, SendingPausedException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { [_e]: _c, [_hE]: 429 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AdditionalContactEmailAddress = [0, n0, _ACEA, 8, 0];
var EmailSubject = [0, n0, _ES, 8, 0];
var InsightsEmailAddress = [0, n0, _IEA, 8, 0];
var PrivateKey = [0, n0, _PK, 8, 0];
var UseCaseDescription = [0, n0, _UCD, 8, 0];
var WebsiteURL = [0, n0, _WURL, 8, 0];
var AccountDetails$ = [
  3,
  n0,
  _AD,
  0,
  [_MT, _WURL, _CL, _UCD, _ACEAd, _RD],
  [0, [() => WebsiteURL, 0], 0, [() => UseCaseDescription, 0], [() => AdditionalContactEmailAddresses, 0], () => ReviewDetails$]
];
var ArchivingOptions$ = [
  3,
  n0,
  _AO,
  0,
  [_AA],
  [0]
];
var AssociateEmailIdentityCertificateRequest$ = [
  3,
  n0,
  _AEICR,
  0,
  [_EI, _CA, _FA],
  [0, 0, 0],
  2
];
var AssociateEmailIdentityCertificateResponse$ = [
  3,
  n0,
  _AEICRs,
  0,
  [],
  []
];
var Attachment$ = [
  3,
  n0,
  _A,
  0,
  [_RC, _FN, _CD, _CDo, _CI, _CTE, _CT],
  [21, 0, 0, 0, 0, 0, 0],
  2
];
var BatchGetMetricDataQuery$ = [
  3,
  n0,
  _BGMDQ,
  0,
  [_I, _N, _M, _SD, _ED, _D],
  [0, 0, 0, 4, 4, 128 | 0],
  5
];
var BatchGetMetricDataRequest$ = [
  3,
  n0,
  _BGMDR,
  0,
  [_Q],
  [() => BatchGetMetricDataQueries],
  1
];
var BatchGetMetricDataResponse$ = [
  3,
  n0,
  _BGMDRa,
  0,
  [_R, _E],
  [() => MetricDataResultList, () => MetricDataErrorList]
];
var BlacklistEntry$ = [
  3,
  n0,
  _BE,
  0,
  [_RN, _LT, _De],
  [0, 4, 0]
];
var Body$ = [
  3,
  n0,
  _B,
  0,
  [_T, _H],
  [() => Content$, () => Content$]
];
var Bounce$ = [
  3,
  n0,
  _Bo,
  0,
  [_BT, _BST, _DC],
  [0, 0, 0]
];
var BulkEmailContent$ = [
  3,
  n0,
  _BEC,
  0,
  [_Te],
  [() => Template$]
];
var BulkEmailEntry$ = [
  3,
  n0,
  _BEE,
  0,
  [_Des, _RT, _REC, _RH],
  [() => Destination$, () => MessageTagList, () => ReplacementEmailContent$, () => MessageHeaderList],
  1
];
var BulkEmailEntryResult$ = [
  3,
  n0,
  _BEER,
  0,
  [_S, _Er, _MI],
  [0, 0, 0]
];
var CancelExportJobRequest$ = [
  3,
  n0,
  _CEJR,
  0,
  [_JI],
  [[0, 1]],
  1
];
var CancelExportJobResponse$ = [
  3,
  n0,
  _CEJRa,
  0,
  [],
  []
];
var CloudWatchDestination$ = [
  3,
  n0,
  _CWD,
  0,
  [_DCi],
  [() => CloudWatchDimensionConfigurations],
  1
];
var CloudWatchDimensionConfiguration$ = [
  3,
  n0,
  _CWDC,
  0,
  [_DN, _DVS, _DDV],
  [0, 0, 0],
  3
];
var Complaint$ = [
  3,
  n0,
  _C,
  0,
  [_CST, _CFT],
  [0, 0]
];
var ConfigurationOverrides$ = [
  3,
  n0,
  _CO,
  0,
  [_Tr],
  [() => TrackingConfigurationOverrides$]
];
var Contact$ = [
  3,
  n0,
  _Co,
  0,
  [_EA, _TP, _TDP, _UA, _LUT],
  [0, () => TopicPreferenceList, () => TopicPreferenceList, 2, 4]
];
var ContactList$ = [
  3,
  n0,
  _CLo,
  0,
  [_CLN, _LUT],
  [0, 4]
];
var ContactListDestination$ = [
  3,
  n0,
  _CLD,
  0,
  [_CLN, _CLIA],
  [0, 0],
  2
];
var Content$ = [
  3,
  n0,
  _Con,
  0,
  [_Da, _Ch],
  [0, 0],
  1
];
var CreateConfigurationSetEventDestinationRequest$ = [
  3,
  n0,
  _CCSEDR,
  0,
  [_CSN, _EDN, _EDv],
  [[0, 1], 0, () => EventDestinationDefinition$],
  3
];
var CreateConfigurationSetEventDestinationResponse$ = [
  3,
  n0,
  _CCSEDRr,
  0,
  [],
  []
];
var CreateConfigurationSetRequest$ = [
  3,
  n0,
  _CCSR,
  0,
  [_CSN, _TO, _DO, _RO, _SO, _Ta, _SOu, _VO, _AO, _MSO],
  [0, () => TrackingOptions$, () => DeliveryOptions$, () => ReputationOptions$, () => SendingOptions$, () => TagList, () => SuppressionOptions$, () => VdmOptions$, () => ArchivingOptions$, () => MessageSecurityOptions$],
  1
];
var CreateConfigurationSetResponse$ = [
  3,
  n0,
  _CCSRr,
  0,
  [],
  []
];
var CreateContactListRequest$ = [
  3,
  n0,
  _CCLR,
  0,
  [_CLN, _To, _De, _Ta],
  [0, () => Topics, 0, () => TagList],
  1
];
var CreateContactListResponse$ = [
  3,
  n0,
  _CCLRr,
  0,
  [],
  []
];
var CreateContactRequest$ = [
  3,
  n0,
  _CCR,
  0,
  [_CLN, _EA, _TP, _UA, _ADt],
  [[0, 1], 0, () => TopicPreferenceList, 2, 0],
  2
];
var CreateContactResponse$ = [
  3,
  n0,
  _CCRr,
  0,
  [],
  []
];
var CreateCustomVerificationEmailTemplateRequest$ = [
  3,
  n0,
  _CCVETR,
  0,
  [_TN, _FEA, _TS, _TC, _SRURL, _FRURL, _Ta],
  [0, 0, 0, 0, 0, 0, () => TagList],
  6
];
var CreateCustomVerificationEmailTemplateResponse$ = [
  3,
  n0,
  _CCVETRr,
  0,
  [],
  []
];
var CreateDedicatedIpPoolRequest$ = [
  3,
  n0,
  _CDIPR,
  0,
  [_PN, _Ta, _SM],
  [0, () => TagList, 0],
  1
];
var CreateDedicatedIpPoolResponse$ = [
  3,
  n0,
  _CDIPRr,
  0,
  [],
  []
];
var CreateDeliverabilityTestReportRequest$ = [
  3,
  n0,
  _CDTRR,
  0,
  [_FEA, _Con, _RNe, _Ta],
  [0, () => EmailContent$, 0, () => TagList],
  2
];
var CreateDeliverabilityTestReportResponse$ = [
  3,
  n0,
  _CDTRRr,
  0,
  [_RI, _DTS],
  [0, 0],
  2
];
var CreateEmailIdentityPolicyRequest$ = [
  3,
  n0,
  _CEIPR,
  0,
  [_EI, _PNo, _P],
  [[0, 1], [0, 1], 0],
  3
];
var CreateEmailIdentityPolicyResponse$ = [
  3,
  n0,
  _CEIPRr,
  0,
  [],
  []
];
var CreateEmailIdentityRequest$ = [
  3,
  n0,
  _CEIR,
  0,
  [_EI, _Ta, _DSA, _CSN],
  [0, () => TagList, [() => DkimSigningAttributes$, 0], 0],
  1
];
var CreateEmailIdentityResponse$ = [
  3,
  n0,
  _CEIRr,
  0,
  [_IT, _VFSS, _DA],
  [0, 2, () => DkimAttributes$]
];
var CreateEmailTemplateRequest$ = [
  3,
  n0,
  _CETR,
  0,
  [_TN, _TC, _Ta],
  [0, () => EmailTemplateContent$, () => TagList],
  2
];
var CreateEmailTemplateResponse$ = [
  3,
  n0,
  _CETRr,
  0,
  [],
  []
];
var CreateExportJobRequest$ = [
  3,
  n0,
  _CEJRr,
  0,
  [_EDS, _EDx],
  [[() => ExportDataSource$, 0], () => ExportDestination$],
  2
];
var CreateExportJobResponse$ = [
  3,
  n0,
  _CEJRre,
  0,
  [_JI],
  [0]
];
var CreateImportJobRequest$ = [
  3,
  n0,
  _CIJR,
  0,
  [_ID, _IDS],
  [() => ImportDestination$, () => ImportDataSource$],
  2
];
var CreateImportJobResponse$ = [
  3,
  n0,
  _CIJRr,
  0,
  [_JI],
  [0]
];
var CreateMultiRegionEndpointRequest$ = [
  3,
  n0,
  _CMRER,
  0,
  [_EN, _Det, _Ta],
  [0, () => Details$, () => TagList],
  2
];
var CreateMultiRegionEndpointResponse$ = [
  3,
  n0,
  _CMRERr,
  0,
  [_S, _EIn],
  [0, 0]
];
var CreateTenantRequest$ = [
  3,
  n0,
  _CTR,
  0,
  [_TNe, _Ta, _SA],
  [0, () => TagList, () => TenantSuppressionAttributes$],
  1
];
var CreateTenantResourceAssociationRequest$ = [
  3,
  n0,
  _CTRAR,
  0,
  [_TNe, _RA],
  [0, 0],
  2
];
var CreateTenantResourceAssociationResponse$ = [
  3,
  n0,
  _CTRARr,
  0,
  [],
  []
];
var CreateTenantResponse$ = [
  3,
  n0,
  _CTRr,
  0,
  [_TNe, _TI, _TA, _CTr, _Ta, _SS, _SA],
  [0, 0, 0, 4, () => TagList, 0, () => TenantSuppressionAttributes$]
];
var CustomVerificationEmailTemplateMetadata$ = [
  3,
  n0,
  _CVETM,
  0,
  [_TN, _FEA, _TS, _SRURL, _FRURL],
  [0, 0, 0, 0, 0]
];
var DailyVolume$ = [
  3,
  n0,
  _DV,
  0,
  [_SD, _VS, _DIP],
  [4, () => VolumeStatistics$, () => DomainIspPlacements]
];
var DashboardAttributes$ = [
  3,
  n0,
  _DAa,
  0,
  [_EM],
  [0]
];
var DashboardOptions$ = [
  3,
  n0,
  _DOa,
  0,
  [_EM],
  [0]
];
var DedicatedIp$ = [
  3,
  n0,
  _DI,
  0,
  [_Ip, _WS, _WP, _PN],
  [0, 0, 1, 0],
  3
];
var DedicatedIpPool$ = [
  3,
  n0,
  _DIPe,
  0,
  [_PN, _SM],
  [0, 0],
  2
];
var DefaultSigningScheme$ = [
  3,
  n0,
  _DSS,
  0,
  [],
  []
];
var DeleteConfigurationSetEventDestinationRequest$ = [
  3,
  n0,
  _DCSEDR,
  0,
  [_CSN, _EDN],
  [[0, 1], [0, 1]],
  2
];
var DeleteConfigurationSetEventDestinationResponse$ = [
  3,
  n0,
  _DCSEDRe,
  0,
  [],
  []
];
var DeleteConfigurationSetRequest$ = [
  3,
  n0,
  _DCSR,
  0,
  [_CSN],
  [[0, 1]],
  1
];
var DeleteConfigurationSetResponse$ = [
  3,
  n0,
  _DCSRe,
  0,
  [],
  []
];
var DeleteContactListRequest$ = [
  3,
  n0,
  _DCLR,
  0,
  [_CLN],
  [[0, 1]],
  1
];
var DeleteContactListResponse$ = [
  3,
  n0,
  _DCLRe,
  0,
  [],
  []
];
var DeleteContactRequest$ = [
  3,
  n0,
  _DCR,
  0,
  [_CLN, _EA],
  [[0, 1], [0, 1]],
  2
];
var DeleteContactResponse$ = [
  3,
  n0,
  _DCRe,
  0,
  [],
  []
];
var DeleteCustomVerificationEmailTemplateRequest$ = [
  3,
  n0,
  _DCVETR,
  0,
  [_TN],
  [[0, 1]],
  1
];
var DeleteCustomVerificationEmailTemplateResponse$ = [
  3,
  n0,
  _DCVETRe,
  0,
  [],
  []
];
var DeleteDedicatedIpPoolRequest$ = [
  3,
  n0,
  _DDIPR,
  0,
  [_PN],
  [[0, 1]],
  1
];
var DeleteDedicatedIpPoolResponse$ = [
  3,
  n0,
  _DDIPRe,
  0,
  [],
  []
];
var DeleteEmailIdentityPolicyRequest$ = [
  3,
  n0,
  _DEIPR,
  0,
  [_EI, _PNo],
  [[0, 1], [0, 1]],
  2
];
var DeleteEmailIdentityPolicyResponse$ = [
  3,
  n0,
  _DEIPRe,
  0,
  [],
  []
];
var DeleteEmailIdentityRequest$ = [
  3,
  n0,
  _DEIR,
  0,
  [_EI],
  [[0, 1]],
  1
];
var DeleteEmailIdentityResponse$ = [
  3,
  n0,
  _DEIRe,
  0,
  [],
  []
];
var DeleteEmailTemplateRequest$ = [
  3,
  n0,
  _DETR,
  0,
  [_TN],
  [[0, 1]],
  1
];
var DeleteEmailTemplateResponse$ = [
  3,
  n0,
  _DETRe,
  0,
  [],
  []
];
var DeleteMultiRegionEndpointRequest$ = [
  3,
  n0,
  _DMRER,
  0,
  [_EN],
  [[0, 1]],
  1
];
var DeleteMultiRegionEndpointResponse$ = [
  3,
  n0,
  _DMRERe,
  0,
  [_S],
  [0]
];
var DeleteSuppressedDestinationRequest$ = [
  3,
  n0,
  _DSDR,
  0,
  [_EA, _TNe],
  [[0, 1], [0, { [_hQ]: _TNe }]],
  1
];
var DeleteSuppressedDestinationResponse$ = [
  3,
  n0,
  _DSDRe,
  0,
  [],
  []
];
var DeleteTenantRequest$ = [
  3,
  n0,
  _DTR,
  0,
  [_TNe],
  [0],
  1
];
var DeleteTenantResourceAssociationRequest$ = [
  3,
  n0,
  _DTRAR,
  0,
  [_TNe, _RA],
  [0, 0],
  2
];
var DeleteTenantResourceAssociationResponse$ = [
  3,
  n0,
  _DTRARe,
  0,
  [],
  []
];
var DeleteTenantResponse$ = [
  3,
  n0,
  _DTRe,
  0,
  [],
  []
];
var DeliverabilityTestReport$ = [
  3,
  n0,
  _DTRel,
  0,
  [_RI, _RNe, _Su, _FEA, _CDr, _DTS],
  [0, 0, 0, 0, 4, 0]
];
var DeliveryOptions$ = [
  3,
  n0,
  _DO,
  0,
  [_TPl, _SPN, _MDS],
  [0, 0, 1]
];
var Destination$ = [
  3,
  n0,
  _Des,
  0,
  [_TAo, _CAc, _BA],
  [64 | 0, 64 | 0, 64 | 0]
];
var Details$ = [
  3,
  n0,
  _Det,
  0,
  [_RDo],
  [() => RoutesDetails],
  1
];
var DisassociateEmailIdentityCertificateRequest$ = [
  3,
  n0,
  _DEICR,
  0,
  [_EI, _FA],
  [0, 0],
  1
];
var DisassociateEmailIdentityCertificateResponse$ = [
  3,
  n0,
  _DEICRi,
  0,
  [],
  []
];
var DkimAttributes$ = [
  3,
  n0,
  _DA,
  0,
  [_SE, _S, _Tok, _SHZ, _SAO, _NSKL, _CSKL, _LKGT],
  [2, 0, 64 | 0, 0, 0, 0, 0, 4]
];
var DkimSigningAttributes$ = [
  3,
  n0,
  _DSA,
  0,
  [_DSSo, _DSPK, _NSKL, _DSAO],
  [0, [() => PrivateKey, 0], 0, 0]
];
var DomainDeliverabilityCampaign$ = [
  3,
  n0,
  _DDC,
  0,
  [_CIa, _IU, _Su, _FA, _SI, _FSDT, _LSDT, _IC, _SC, _RR, _DR, _RDR, _PV, _Es],
  [0, 0, 0, 0, 64 | 0, 4, 4, 1, 1, 1, 1, 1, 1, 64 | 0]
];
var DomainDeliverabilityTrackingOption$ = [
  3,
  n0,
  _DDTO,
  0,
  [_Do, _SSD, _IPTO],
  [0, 4, () => InboxPlacementTrackingOption$]
];
var DomainIspPlacement$ = [
  3,
  n0,
  _DIPo,
  0,
  [_IN, _IRC, _SRC, _IP, _SP],
  [0, 1, 1, 1, 1]
];
var EmailAddressInsightsMailboxEvaluations$ = [
  3,
  n0,
  _EAIME,
  0,
  [_HVS, _HVDR, _ME, _IRA, _IDs, _IRI],
  [() => EmailAddressInsightsVerdict$, () => EmailAddressInsightsVerdict$, () => EmailAddressInsightsVerdict$, () => EmailAddressInsightsVerdict$, () => EmailAddressInsightsVerdict$, () => EmailAddressInsightsVerdict$]
];
var EmailAddressInsightsVerdict$ = [
  3,
  n0,
  _EAIV,
  0,
  [_CV],
  [0]
];
var EmailContent$ = [
  3,
  n0,
  _EC,
  0,
  [_Si, _Ra, _Te],
  [() => Message$, () => RawMessage$, () => Template$]
];
var EmailInsights$ = [
  3,
  n0,
  _EIm,
  0,
  [_Des, _Is, _Ev],
  [[() => InsightsEmailAddress, 0], 0, () => InsightsEvents]
];
var EmailTemplateContent$ = [
  3,
  n0,
  _ETC,
  0,
  [_Su, _T, _H],
  [0, 0, 0]
];
var EmailTemplateMetadata$ = [
  3,
  n0,
  _ETM,
  0,
  [_TN, _CTr],
  [0, 4]
];
var EventBridgeDestination$ = [
  3,
  n0,
  _EBD,
  0,
  [_EBA],
  [0],
  1
];
var EventDestination$ = [
  3,
  n0,
  _EDv,
  0,
  [_Na, _MET, _En, _KFD, _CWD, _SDn, _EBD, _PD],
  [0, 64 | 0, 2, () => KinesisFirehoseDestination$, () => CloudWatchDestination$, () => SnsDestination$, () => EventBridgeDestination$, () => PinpointDestination$],
  2
];
var EventDestinationDefinition$ = [
  3,
  n0,
  _EDD,
  0,
  [_En, _MET, _KFD, _CWD, _SDn, _EBD, _PD],
  [2, 64 | 0, () => KinesisFirehoseDestination$, () => CloudWatchDestination$, () => SnsDestination$, () => EventBridgeDestination$, () => PinpointDestination$]
];
var EventDetails$ = [
  3,
  n0,
  _EDve,
  0,
  [_Bo, _C],
  [() => Bounce$, () => Complaint$]
];
var ExportDataSource$ = [
  3,
  n0,
  _EDS,
  0,
  [_MDSe, _MIDS],
  [() => MetricsDataSource$, [() => MessageInsightsDataSource$, 0]]
];
var ExportDestination$ = [
  3,
  n0,
  _EDx,
  0,
  [_DF, _SU],
  [0, 0],
  1
];
var ExportJobSummary$ = [
  3,
  n0,
  _EJS,
  0,
  [_JI, _EST, _JS, _CTr, _CTo],
  [0, 0, 0, 4, 4]
];
var ExportMetric$ = [
  3,
  n0,
  _EMx,
  0,
  [_Na, _Ag],
  [0, 0]
];
var ExportStatistics$ = [
  3,
  n0,
  _ESx,
  0,
  [_PRC, _ERC],
  [1, 1]
];
var FailureInfo$ = [
  3,
  n0,
  _FI,
  0,
  [_FRSU, _EMr],
  [0, 0]
];
var GetAccountRequest$ = [
  3,
  n0,
  _GAR,
  0,
  [],
  []
];
var GetAccountResponse$ = [
  3,
  n0,
  _GARe,
  0,
  [_DIAWE, _ESn, _PAE, _SQ, _SEe, _SA, _Det, _VA, _PA],
  [2, 0, 2, () => SendQuota$, 2, () => SuppressionAttributes$, [() => AccountDetails$, 0], () => VdmAttributes$, () => PricingAttributes$]
];
var GetBlacklistReportsRequest$ = [
  3,
  n0,
  _GBRR,
  0,
  [_BIN],
  [[64 | 0, { [_hQ]: _BIN }]],
  1
];
var GetBlacklistReportsResponse$ = [
  3,
  n0,
  _GBRRe,
  0,
  [_BR],
  [() => BlacklistReport],
  1
];
var GetConfigurationSetEventDestinationsRequest$ = [
  3,
  n0,
  _GCSEDR,
  0,
  [_CSN],
  [[0, 1]],
  1
];
var GetConfigurationSetEventDestinationsResponse$ = [
  3,
  n0,
  _GCSEDRe,
  0,
  [_EDven],
  [() => EventDestinations]
];
var GetConfigurationSetRequest$ = [
  3,
  n0,
  _GCSR,
  0,
  [_CSN],
  [[0, 1]],
  1
];
var GetConfigurationSetResponse$ = [
  3,
  n0,
  _GCSRe,
  0,
  [_CSN, _TO, _DO, _RO, _SO, _Ta, _SOu, _VO, _AO, _MSO],
  [0, () => TrackingOptions$, () => DeliveryOptions$, () => ReputationOptions$, () => SendingOptions$, () => TagList, () => SuppressionOptions$, () => VdmOptions$, () => ArchivingOptions$, () => MessageSecurityOptions$]
];
var GetContactListRequest$ = [
  3,
  n0,
  _GCLR,
  0,
  [_CLN],
  [[0, 1]],
  1
];
var GetContactListResponse$ = [
  3,
  n0,
  _GCLRe,
  0,
  [_CLN, _To, _De, _CTr, _LUT, _Ta],
  [0, () => Topics, 0, 4, 4, () => TagList]
];
var GetContactRequest$ = [
  3,
  n0,
  _GCR,
  0,
  [_CLN, _EA],
  [[0, 1], [0, 1]],
  2
];
var GetContactResponse$ = [
  3,
  n0,
  _GCRe,
  0,
  [_CLN, _EA, _TP, _TDP, _UA, _ADt, _CTr, _LUT],
  [0, 0, () => TopicPreferenceList, () => TopicPreferenceList, 2, 0, 4, 4]
];
var GetCustomVerificationEmailTemplateRequest$ = [
  3,
  n0,
  _GCVETR,
  0,
  [_TN],
  [[0, 1]],
  1
];
var GetCustomVerificationEmailTemplateResponse$ = [
  3,
  n0,
  _GCVETRe,
  0,
  [_TN, _FEA, _TS, _TC, _Ta, _SRURL, _FRURL],
  [0, 0, 0, 0, () => TagList, 0, 0]
];
var GetDedicatedIpPoolRequest$ = [
  3,
  n0,
  _GDIPR,
  0,
  [_PN],
  [[0, 1]],
  1
];
var GetDedicatedIpPoolResponse$ = [
  3,
  n0,
  _GDIPRe,
  0,
  [_DIPe],
  [() => DedicatedIpPool$]
];
var GetDedicatedIpRequest$ = [
  3,
  n0,
  _GDIR,
  0,
  [_Ip],
  [[0, 1]],
  1
];
var GetDedicatedIpResponse$ = [
  3,
  n0,
  _GDIRe,
  0,
  [_DI],
  [() => DedicatedIp$]
];
var GetDedicatedIpsRequest$ = [
  3,
  n0,
  _GDIRet,
  0,
  [_PN, _NT, _PS],
  [[0, { [_hQ]: _PN }], [0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var GetDedicatedIpsResponse$ = [
  3,
  n0,
  _GDIRete,
  0,
  [_DIe, _NT],
  [() => DedicatedIpList, 0]
];
var GetDeliverabilityDashboardOptionsRequest$ = [
  3,
  n0,
  _GDDOR,
  0,
  [],
  []
];
var GetDeliverabilityDashboardOptionsResponse$ = [
  3,
  n0,
  _GDDORe,
  0,
  [_DE, _SED, _AS, _ASD, _PESD],
  [2, 4, 0, () => DomainDeliverabilityTrackingOptions, () => DomainDeliverabilityTrackingOptions],
  1
];
var GetDeliverabilityTestReportRequest$ = [
  3,
  n0,
  _GDTRR,
  0,
  [_RI],
  [[0, 1]],
  1
];
var GetDeliverabilityTestReportResponse$ = [
  3,
  n0,
  _GDTRRe,
  0,
  [_DTRel, _OP, _IPs, _Me, _Ta],
  [() => DeliverabilityTestReport$, () => PlacementStatistics$, () => IspPlacements, 0, () => TagList],
  3
];
var GetDomainDeliverabilityCampaignRequest$ = [
  3,
  n0,
  _GDDCR,
  0,
  [_CIa],
  [[0, 1]],
  1
];
var GetDomainDeliverabilityCampaignResponse$ = [
  3,
  n0,
  _GDDCRe,
  0,
  [_DDC],
  [() => DomainDeliverabilityCampaign$],
  1
];
var GetDomainStatisticsReportRequest$ = [
  3,
  n0,
  _GDSRR,
  0,
  [_Do, _SD, _ED],
  [[0, 1], [4, { [_hQ]: _SD }], [4, { [_hQ]: _ED }]],
  3
];
var GetDomainStatisticsReportResponse$ = [
  3,
  n0,
  _GDSRRe,
  0,
  [_OV, _DVa],
  [() => OverallVolume$, () => DailyVolumes],
  2
];
var GetEmailAddressInsightsRequest$ = [
  3,
  n0,
  _GEAIR,
  0,
  [_EA],
  [0],
  1
];
var GetEmailAddressInsightsResponse$ = [
  3,
  n0,
  _GEAIRe,
  0,
  [_MV],
  [() => MailboxValidation$]
];
var GetEmailIdentityPoliciesRequest$ = [
  3,
  n0,
  _GEIPR,
  0,
  [_EI],
  [[0, 1]],
  1
];
var GetEmailIdentityPoliciesResponse$ = [
  3,
  n0,
  _GEIPRe,
  0,
  [_Po],
  [128 | 0]
];
var GetEmailIdentityRequest$ = [
  3,
  n0,
  _GEIR,
  0,
  [_EI],
  [[0, 1]],
  1
];
var GetEmailIdentityResponse$ = [
  3,
  n0,
  _GEIRe,
  0,
  [_IT, _FFS, _VFSS, _DA, _MFA, _Po, _Ta, _CSN, _VSe, _VI],
  [0, 2, 2, () => DkimAttributes$, () => MailFromAttributes$, 128 | 0, () => TagList, 0, 0, () => VerificationInfo$]
];
var GetEmailTemplateRequest$ = [
  3,
  n0,
  _GETR,
  0,
  [_TN],
  [[0, 1]],
  1
];
var GetEmailTemplateResponse$ = [
  3,
  n0,
  _GETRe,
  0,
  [_TN, _TC, _Ta],
  [0, () => EmailTemplateContent$, () => TagList],
  2
];
var GetExportJobRequest$ = [
  3,
  n0,
  _GEJR,
  0,
  [_JI],
  [[0, 1]],
  1
];
var GetExportJobResponse$ = [
  3,
  n0,
  _GEJRe,
  0,
  [_JI, _EST, _JS, _EDx, _EDS, _CTr, _CTo, _FI, _St],
  [0, 0, 0, () => ExportDestination$, [() => ExportDataSource$, 0], 4, 4, () => FailureInfo$, () => ExportStatistics$]
];
var GetImportJobRequest$ = [
  3,
  n0,
  _GIJR,
  0,
  [_JI],
  [[0, 1]],
  1
];
var GetImportJobResponse$ = [
  3,
  n0,
  _GIJRe,
  0,
  [_JI, _ID, _IDS, _FI, _JS, _CTr, _CTo, _PRC, _FRC],
  [0, () => ImportDestination$, () => ImportDataSource$, () => FailureInfo$, 0, 4, 4, 1, 1]
];
var GetMessageInsightsRequest$ = [
  3,
  n0,
  _GMIR,
  0,
  [_MI],
  [[0, 1]],
  1
];
var GetMessageInsightsResponse$ = [
  3,
  n0,
  _GMIRe,
  0,
  [_MI, _FEA, _Su, _ET, _In],
  [0, [() => InsightsEmailAddress, 0], [() => EmailSubject, 0], () => MessageTagList, [() => EmailInsightsList, 0]]
];
var GetMultiRegionEndpointRequest$ = [
  3,
  n0,
  _GMRER,
  0,
  [_EN],
  [[0, 1]],
  1
];
var GetMultiRegionEndpointResponse$ = [
  3,
  n0,
  _GMRERe,
  0,
  [_EN, _EIn, _Ro, _S, _CTr, _LUT],
  [0, 0, () => Routes, 0, 4, 4]
];
var GetReputationEntityRequest$ = [
  3,
  n0,
  _GRER,
  0,
  [_RER, _RET],
  [[0, 1], [0, 1]],
  2
];
var GetReputationEntityResponse$ = [
  3,
  n0,
  _GRERe,
  0,
  [_RE],
  [() => ReputationEntity$]
];
var GetSuppressedDestinationRequest$ = [
  3,
  n0,
  _GSDR,
  0,
  [_EA, _TNe],
  [[0, 1], [0, { [_hQ]: _TNe }]],
  1
];
var GetSuppressedDestinationResponse$ = [
  3,
  n0,
  _GSDRe,
  0,
  [_SDu],
  [() => SuppressedDestination$],
  1
];
var GetTenantRequest$ = [
  3,
  n0,
  _GTR,
  0,
  [_TNe],
  [0],
  1
];
var GetTenantResponse$ = [
  3,
  n0,
  _GTRe,
  0,
  [_Ten],
  [() => Tenant$]
];
var GuardianAttributes$ = [
  3,
  n0,
  _GA,
  0,
  [_OSD],
  [0]
];
var GuardianOptions$ = [
  3,
  n0,
  _GO,
  0,
  [_OSD],
  [0]
];
var IdentityCertificate$ = [
  3,
  n0,
  _ICd,
  0,
  [_FA, _S, _CA, _CET],
  [0, 0, 0, 4]
];
var IdentityInfo$ = [
  3,
  n0,
  _II,
  0,
  [_IT, _INd, _SEe, _VSe],
  [0, 0, 2, 0]
];
var ImportDataSource$ = [
  3,
  n0,
  _IDS,
  0,
  [_SU, _DF],
  [0, 0],
  2
];
var ImportDestination$ = [
  3,
  n0,
  _ID,
  0,
  [_SLD, _CLD],
  [() => SuppressionListDestination$, () => ContactListDestination$]
];
var ImportJobSummary$ = [
  3,
  n0,
  _IJS,
  0,
  [_JI, _ID, _JS, _CTr, _PRC, _FRC],
  [0, () => ImportDestination$, 0, 4, 1, 1]
];
var InboxPlacementTrackingOption$ = [
  3,
  n0,
  _IPTO,
  0,
  [_G, _TIr],
  [2, 64 | 0]
];
var InsightsEvent$ = [
  3,
  n0,
  _IE,
  0,
  [_Ti, _Ty, _Det],
  [4, 0, () => EventDetails$]
];
var IspPlacement$ = [
  3,
  n0,
  _IPsp,
  0,
  [_IN, _PSl],
  [0, () => PlacementStatistics$]
];
var KinesisFirehoseDestination$ = [
  3,
  n0,
  _KFD,
  0,
  [_IRAa, _DSAe],
  [0, 0],
  2
];
var ListConfigurationSetsRequest$ = [
  3,
  n0,
  _LCSR,
  0,
  [_NT, _PS],
  [[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var ListConfigurationSetsResponse$ = [
  3,
  n0,
  _LCSRi,
  0,
  [_CS, _NT],
  [64 | 0, 0]
];
var ListContactListsRequest$ = [
  3,
  n0,
  _LCLR,
  0,
  [_PS, _NT],
  [[1, { [_hQ]: _PS }], [0, { [_hQ]: _NT }]]
];
var ListContactListsResponse$ = [
  3,
  n0,
  _LCLRi,
  0,
  [_CLon, _NT],
  [() => ListOfContactLists, 0]
];
var ListContactsFilter$ = [
  3,
  n0,
  _LCF,
  0,
  [_FS, _TF],
  [0, () => TopicFilter$]
];
var ListContactsRequest$ = [
  3,
  n0,
  _LCR,
  0,
  [_CLN, _F, _PS, _NT],
  [[0, 1], () => ListContactsFilter$, 1, 0],
  1
];
var ListContactsResponse$ = [
  3,
  n0,
  _LCRi,
  0,
  [_Cont, _NT],
  [() => ListOfContacts, 0]
];
var ListCustomVerificationEmailTemplatesRequest$ = [
  3,
  n0,
  _LCVETR,
  0,
  [_NT, _PS],
  [[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var ListCustomVerificationEmailTemplatesResponse$ = [
  3,
  n0,
  _LCVETRi,
  0,
  [_CVET, _NT],
  [() => CustomVerificationEmailTemplatesList, 0]
];
var ListDedicatedIpPoolsRequest$ = [
  3,
  n0,
  _LDIPR,
  0,
  [_NT, _PS],
  [[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var ListDedicatedIpPoolsResponse$ = [
  3,
  n0,
  _LDIPRi,
  0,
  [_DIPed, _NT],
  [64 | 0, 0]
];
var ListDeliverabilityTestReportsRequest$ = [
  3,
  n0,
  _LDTRR,
  0,
  [_NT, _PS],
  [[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var ListDeliverabilityTestReportsResponse$ = [
  3,
  n0,
  _LDTRRi,
  0,
  [_DTReli, _NT],
  [() => DeliverabilityTestReports, 0],
  1
];
var ListDomainDeliverabilityCampaignsRequest$ = [
  3,
  n0,
  _LDDCR,
  0,
  [_SD, _ED, _SDub, _NT, _PS],
  [[4, { [_hQ]: _SD }], [4, { [_hQ]: _ED }], [0, 1], [0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]],
  3
];
var ListDomainDeliverabilityCampaignsResponse$ = [
  3,
  n0,
  _LDDCRi,
  0,
  [_DDCo, _NT],
  [() => DomainDeliverabilityCampaignList, 0],
  1
];
var ListEmailIdentitiesRequest$ = [
  3,
  n0,
  _LEIR,
  0,
  [_NT, _PS],
  [[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var ListEmailIdentitiesResponse$ = [
  3,
  n0,
  _LEIRi,
  0,
  [_EIma, _NT],
  [() => IdentityInfoList, 0]
];
var ListEmailIdentityCertificatesRequest$ = [
  3,
  n0,
  _LEICR,
  0,
  [_EI, _NT, _PS],
  [0, 0, 1],
  1
];
var ListEmailIdentityCertificatesResponse$ = [
  3,
  n0,
  _LEICRi,
  0,
  [_Ce, _NT],
  [() => IdentityCertificateList, 0]
];
var ListEmailTemplatesRequest$ = [
  3,
  n0,
  _LETR,
  0,
  [_NT, _PS],
  [[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var ListEmailTemplatesResponse$ = [
  3,
  n0,
  _LETRi,
  0,
  [_TM, _NT],
  [() => EmailTemplateMetadataList, 0]
];
var ListExportJobsRequest$ = [
  3,
  n0,
  _LEJR,
  0,
  [_NT, _PS, _EST, _JS],
  [0, 1, 0, 0]
];
var ListExportJobsResponse$ = [
  3,
  n0,
  _LEJRi,
  0,
  [_EJ, _NT],
  [() => ExportJobSummaryList, 0]
];
var ListImportJobsRequest$ = [
  3,
  n0,
  _LIJR,
  0,
  [_IDT, _NT, _PS],
  [0, 0, 1]
];
var ListImportJobsResponse$ = [
  3,
  n0,
  _LIJRi,
  0,
  [_IJ, _NT],
  [() => ImportJobSummaryList, 0]
];
var ListManagementOptions$ = [
  3,
  n0,
  _LMO,
  0,
  [_CLN, _TNo],
  [0, 0],
  1
];
var ListMultiRegionEndpointsRequest$ = [
  3,
  n0,
  _LMRER,
  0,
  [_NT, _PS],
  [[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var ListMultiRegionEndpointsResponse$ = [
  3,
  n0,
  _LMRERi,
  0,
  [_MRE, _NT],
  [() => MultiRegionEndpoints, 0]
];
var ListRecommendationsRequest$ = [
  3,
  n0,
  _LRR,
  0,
  [_F, _NT, _PS],
  [128 | 0, 0, 1]
];
var ListRecommendationsResponse$ = [
  3,
  n0,
  _LRRi,
  0,
  [_Re, _NT],
  [() => RecommendationsList, 0]
];
var ListReputationEntitiesRequest$ = [
  3,
  n0,
  _LRER,
  0,
  [_F, _NT, _PS],
  [128 | 0, 0, 1]
];
var ListReputationEntitiesResponse$ = [
  3,
  n0,
  _LRERi,
  0,
  [_REe, _NT],
  [() => ReputationEntitiesList, 0]
];
var ListResourceTenantsRequest$ = [
  3,
  n0,
  _LRTR,
  0,
  [_RA, _PS, _NT],
  [0, 1, 0],
  1
];
var ListResourceTenantsResponse$ = [
  3,
  n0,
  _LRTRi,
  0,
  [_RTe, _NT],
  [() => ResourceTenantMetadataList, 0]
];
var ListSuppressedDestinationsRequest$ = [
  3,
  n0,
  _LSDR,
  0,
  [_TNe, _Rea, _SD, _ED, _NT, _PS],
  [[0, { [_hQ]: _TNe }], [64 | 0, { [_hQ]: _Reas }], [4, { [_hQ]: _SD }], [4, { [_hQ]: _ED }], [0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
];
var ListSuppressedDestinationsResponse$ = [
  3,
  n0,
  _LSDRi,
  0,
  [_SDS, _NT],
  [() => SuppressedDestinationSummaries, 0]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_RA],
  [[0, { [_hQ]: _RA }]],
  1
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_Ta],
  [() => TagList],
  1
];
var ListTenantResourcesRequest$ = [
  3,
  n0,
  _LTRR,
  0,
  [_TNe, _F, _PS, _NT],
  [0, 128 | 0, 1, 0],
  1
];
var ListTenantResourcesResponse$ = [
  3,
  n0,
  _LTRRi,
  0,
  [_TR, _NT],
  [() => TenantResourceList, 0]
];
var ListTenantsRequest$ = [
  3,
  n0,
  _LTR,
  0,
  [_NT, _PS],
  [0, 1]
];
var ListTenantsResponse$ = [
  3,
  n0,
  _LTRi,
  0,
  [_Tena, _NT],
  [() => TenantInfoList, 0]
];
var MailboxValidation$ = [
  3,
  n0,
  _MV,
  0,
  [_IV, _Eva],
  [() => EmailAddressInsightsVerdict$, () => EmailAddressInsightsMailboxEvaluations$]
];
var MailFromAttributes$ = [
  3,
  n0,
  _MFA,
  0,
  [_MFD, _MFDS, _BOMF],
  [0, 0, 0],
  3
];
var Message$ = [
  3,
  n0,
  _Me,
  0,
  [_Su, _B, _He, _At],
  [() => Content$, () => Body$, () => MessageHeaderList, () => AttachmentList],
  2
];
var MessageHeader$ = [
  3,
  n0,
  _MH,
  0,
  [_Na, _V],
  [0, 0],
  2
];
var MessageInsightsDataSource$ = [
  3,
  n0,
  _MIDS,
  0,
  [_SD, _ED, _Inc, _Ex, _MRa],
  [4, 4, [() => MessageInsightsFilters$, 0], [() => MessageInsightsFilters$, 0], 1],
  2
];
var MessageInsightsFilters$ = [
  3,
  n0,
  _MIF,
  0,
  [_FEA, _Des, _Su, _Is, _TNe, _LDE, _LEEa],
  [[() => EmailAddressFilterList, 0], [() => EmailAddressFilterList, 0], [() => EmailSubjectFilterList, 0], 64 | 0, 64 | 0, 64 | 0, 64 | 0]
];
var MessageSecurityOptions$ = [
  3,
  n0,
  _MSO,
  0,
  [_SSi],
  [() => SigningScheme$]
];
var MessageTag$ = [
  3,
  n0,
  _MTe,
  0,
  [_Na, _V],
  [0, 0],
  2
];
var MetricDataError$ = [
  3,
  n0,
  _MDE,
  0,
  [_I, _Cod, _Me],
  [0, 0, 0]
];
var MetricDataResult$ = [
  3,
  n0,
  _MDR,
  0,
  [_I, _Tim, _Va],
  [0, 64 | 4, 64 | 1]
];
var MetricsDataSource$ = [
  3,
  n0,
  _MDSe,
  0,
  [_D, _N, _Met, _SD, _ED],
  [[2, n0, _EDxp, 0, 0, 64 | 0], 0, () => ExportMetrics, 4, 4],
  5
];
var MultiRegionEndpoint$ = [
  3,
  n0,
  _MREu,
  0,
  [_EN, _S, _EIn, _Reg, _CTr, _LUT],
  [0, 0, 0, 64 | 0, 4, 4]
];
var OverallVolume$ = [
  3,
  n0,
  _OV,
  0,
  [_VS, _RRP, _DIP],
  [() => VolumeStatistics$, 1, () => DomainIspPlacements]
];
var PinpointDestination$ = [
  3,
  n0,
  _PD,
  0,
  [_AAp],
  [0]
];
var PlacementStatistics$ = [
  3,
  n0,
  _PSl,
  0,
  [_IP, _SP, _MP, _SPp, _DP],
  [1, 1, 1, 1, 1]
];
var PricingAttributes$ = [
  3,
  n0,
  _PA,
  0,
  [_CP, _NP],
  [0, 0]
];
var PutAccountDedicatedIpWarmupAttributesRequest$ = [
  3,
  n0,
  _PADIWAR,
  0,
  [_AWE],
  [2]
];
var PutAccountDedicatedIpWarmupAttributesResponse$ = [
  3,
  n0,
  _PADIWARu,
  0,
  [],
  []
];
var PutAccountDetailsRequest$ = [
  3,
  n0,
  _PADR,
  0,
  [_MT, _WURL, _CL, _UCD, _ACEAd, _PAE],
  [0, [() => WebsiteURL, 0], 0, [() => UseCaseDescription, 0], [() => AdditionalContactEmailAddresses, 0], 2],
  2
];
var PutAccountDetailsResponse$ = [
  3,
  n0,
  _PADRu,
  0,
  [],
  []
];
var PutAccountPricingAttributesRequest$ = [
  3,
  n0,
  _PAPAR,
  0,
  [_Pl],
  [0],
  1
];
var PutAccountPricingAttributesResponse$ = [
  3,
  n0,
  _PAPARu,
  0,
  [],
  []
];
var PutAccountSendingAttributesRequest$ = [
  3,
  n0,
  _PASAR,
  0,
  [_SEe],
  [2]
];
var PutAccountSendingAttributesResponse$ = [
  3,
  n0,
  _PASARu,
  0,
  [],
  []
];
var PutAccountSuppressionAttributesRequest$ = [
  3,
  n0,
  _PASARut,
  0,
  [_SR, _VAa],
  [64 | 0, () => SuppressionValidationAttributes$]
];
var PutAccountSuppressionAttributesResponse$ = [
  3,
  n0,
  _PASARutc,
  0,
  [],
  []
];
var PutAccountVdmAttributesRequest$ = [
  3,
  n0,
  _PAVAR,
  0,
  [_VA],
  [() => VdmAttributes$],
  1
];
var PutAccountVdmAttributesResponse$ = [
  3,
  n0,
  _PAVARu,
  0,
  [],
  []
];
var PutConfigurationSetArchivingOptionsRequest$ = [
  3,
  n0,
  _PCSAOR,
  0,
  [_CSN, _AA],
  [[0, 1], 0],
  1
];
var PutConfigurationSetArchivingOptionsResponse$ = [
  3,
  n0,
  _PCSAORu,
  0,
  [],
  []
];
var PutConfigurationSetDeliveryOptionsRequest$ = [
  3,
  n0,
  _PCSDOR,
  0,
  [_CSN, _TPl, _SPN, _MDS],
  [[0, 1], 0, 0, 1],
  1
];
var PutConfigurationSetDeliveryOptionsResponse$ = [
  3,
  n0,
  _PCSDORu,
  0,
  [],
  []
];
var PutConfigurationSetReputationOptionsRequest$ = [
  3,
  n0,
  _PCSROR,
  0,
  [_CSN, _RME],
  [[0, 1], 2],
  1
];
var PutConfigurationSetReputationOptionsResponse$ = [
  3,
  n0,
  _PCSRORu,
  0,
  [],
  []
];
var PutConfigurationSetSendingOptionsRequest$ = [
  3,
  n0,
  _PCSSOR,
  0,
  [_CSN, _SEe],
  [[0, 1], 2],
  1
];
var PutConfigurationSetSendingOptionsResponse$ = [
  3,
  n0,
  _PCSSORu,
  0,
  [],
  []
];
var PutConfigurationSetSuppressionOptionsRequest$ = [
  3,
  n0,
  _PCSSORut,
  0,
  [_CSN, _SSu, _SR, _VOa],
  [[0, 1], 0, 64 | 0, () => SuppressionValidationOptions$],
  1
];
var PutConfigurationSetSuppressionOptionsResponse$ = [
  3,
  n0,
  _PCSSORuto,
  0,
  [],
  []
];
var PutConfigurationSetTrackingOptionsRequest$ = [
  3,
  n0,
  _PCSTOR,
  0,
  [_CSN, _CRD, _HP],
  [[0, 1], 0, 0],
  1
];
var PutConfigurationSetTrackingOptionsResponse$ = [
  3,
  n0,
  _PCSTORu,
  0,
  [],
  []
];
var PutConfigurationSetVdmOptionsRequest$ = [
  3,
  n0,
  _PCSVOR,
  0,
  [_CSN, _VO],
  [[0, 1], () => VdmOptions$],
  1
];
var PutConfigurationSetVdmOptionsResponse$ = [
  3,
  n0,
  _PCSVORu,
  0,
  [],
  []
];
var PutDedicatedIpInPoolRequest$ = [
  3,
  n0,
  _PDIIPR,
  0,
  [_Ip, _DPN],
  [[0, 1], 0],
  2
];
var PutDedicatedIpInPoolResponse$ = [
  3,
  n0,
  _PDIIPRu,
  0,
  [],
  []
];
var PutDedicatedIpPoolScalingAttributesRequest$ = [
  3,
  n0,
  _PDIPSAR,
  0,
  [_PN, _SM],
  [[0, 1], 0],
  2
];
var PutDedicatedIpPoolScalingAttributesResponse$ = [
  3,
  n0,
  _PDIPSARu,
  0,
  [],
  []
];
var PutDedicatedIpWarmupAttributesRequest$ = [
  3,
  n0,
  _PDIWAR,
  0,
  [_Ip, _WP],
  [[0, 1], 1],
  2
];
var PutDedicatedIpWarmupAttributesResponse$ = [
  3,
  n0,
  _PDIWARu,
  0,
  [],
  []
];
var PutDeliverabilityDashboardOptionRequest$ = [
  3,
  n0,
  _PDDOR,
  0,
  [_DE, _SDubs],
  [2, () => DomainDeliverabilityTrackingOptions],
  1
];
var PutDeliverabilityDashboardOptionResponse$ = [
  3,
  n0,
  _PDDORu,
  0,
  [],
  []
];
var PutEmailIdentityConfigurationSetAttributesRequest$ = [
  3,
  n0,
  _PEICSAR,
  0,
  [_EI, _CSN],
  [[0, 1], 0],
  1
];
var PutEmailIdentityConfigurationSetAttributesResponse$ = [
  3,
  n0,
  _PEICSARu,
  0,
  [],
  []
];
var PutEmailIdentityDkimAttributesRequest$ = [
  3,
  n0,
  _PEIDAR,
  0,
  [_EI, _SE],
  [[0, 1], 2],
  1
];
var PutEmailIdentityDkimAttributesResponse$ = [
  3,
  n0,
  _PEIDARu,
  0,
  [],
  []
];
var PutEmailIdentityDkimSigningAttributesRequest$ = [
  3,
  n0,
  _PEIDSAR,
  0,
  [_EI, _SAO, _SAi],
  [[0, 1], 0, [() => DkimSigningAttributes$, 0]],
  2
];
var PutEmailIdentityDkimSigningAttributesResponse$ = [
  3,
  n0,
  _PEIDSARu,
  0,
  [_DS, _DT, _SHZ],
  [0, 64 | 0, 0]
];
var PutEmailIdentityFeedbackAttributesRequest$ = [
  3,
  n0,
  _PEIFAR,
  0,
  [_EI, _EFE],
  [[0, 1], 2],
  1
];
var PutEmailIdentityFeedbackAttributesResponse$ = [
  3,
  n0,
  _PEIFARu,
  0,
  [],
  []
];
var PutEmailIdentityMailFromAttributesRequest$ = [
  3,
  n0,
  _PEIMFAR,
  0,
  [_EI, _MFD, _BOMF],
  [[0, 1], 0, 0],
  1
];
var PutEmailIdentityMailFromAttributesResponse$ = [
  3,
  n0,
  _PEIMFARu,
  0,
  [],
  []
];
var PutSuppressedDestinationRequest$ = [
  3,
  n0,
  _PSDR,
  0,
  [_EA, _Reas, _TNe],
  [0, 0, 0],
  2
];
var PutSuppressedDestinationResponse$ = [
  3,
  n0,
  _PSDRu,
  0,
  [],
  []
];
var PutTenantSuppressionAttributesRequest$ = [
  3,
  n0,
  _PTSAR,
  0,
  [_TNe, _SR, _SSu],
  [0, 64 | 0, 0],
  1
];
var PutTenantSuppressionAttributesResponse$ = [
  3,
  n0,
  _PTSARu,
  0,
  [],
  []
];
var RawMessage$ = [
  3,
  n0,
  _RM,
  0,
  [_Da],
  [21],
  1
];
var Recommendation$ = [
  3,
  n0,
  _Rec,
  0,
  [_RA, _Ty, _De, _S, _CTr, _LUT, _Im],
  [0, 0, 0, 0, 4, 4, 0]
];
var ReplacementEmailContent$ = [
  3,
  n0,
  _REC,
  0,
  [_RTep],
  [() => ReplacementTemplate$]
];
var ReplacementTemplate$ = [
  3,
  n0,
  _RTep,
  0,
  [_RTD],
  [0]
];
var ReputationEntity$ = [
  3,
  n0,
  _RE,
  0,
  [_RER, _RET, _RMP, _CMS, _ASMS, _SSA, _RIe],
  [0, 0, 0, () => StatusRecord$, () => StatusRecord$, 0, 0]
];
var ReputationOptions$ = [
  3,
  n0,
  _RO,
  0,
  [_RME, _LFS],
  [2, 4]
];
var ResourceTenantMetadata$ = [
  3,
  n0,
  _RTM,
  0,
  [_TNe, _TI, _RA, _AT],
  [0, 0, 0, 4]
];
var ReviewDetails$ = [
  3,
  n0,
  _RD,
  0,
  [_S, _CIas],
  [0, 0]
];
var Route$ = [
  3,
  n0,
  _Rou,
  0,
  [_Regi],
  [0],
  1
];
var RouteDetails$ = [
  3,
  n0,
  _RDou,
  0,
  [_Regi],
  [0],
  1
];
var SendBulkEmailRequest$ = [
  3,
  n0,
  _SBER,
  0,
  [_DCe, _BEEu, _FEA, _FEAIA, _RTA, _FFEA, _FFEAIA, _DET, _CSN, _EIn, _TNe, _CO],
  [() => BulkEmailContent$, () => BulkEmailEntryList, 0, 0, 64 | 0, 0, 0, () => MessageTagList, 0, 0, 0, () => ConfigurationOverrides$],
  2
];
var SendBulkEmailResponse$ = [
  3,
  n0,
  _SBERe,
  0,
  [_BEERu],
  [() => BulkEmailEntryResultList],
  1
];
var SendCustomVerificationEmailRequest$ = [
  3,
  n0,
  _SCVER,
  0,
  [_EA, _TN, _CSN],
  [0, 0, 0],
  2
];
var SendCustomVerificationEmailResponse$ = [
  3,
  n0,
  _SCVERe,
  0,
  [_MI],
  [0]
];
var SendEmailRequest$ = [
  3,
  n0,
  _SER,
  0,
  [_Con, _FEA, _FEAIA, _Des, _RTA, _FFEA, _FFEAIA, _ET, _CSN, _EIn, _TNe, _LMO, _CO],
  [() => EmailContent$, 0, 0, () => Destination$, 64 | 0, 0, 0, () => MessageTagList, 0, 0, 0, () => ListManagementOptions$, () => ConfigurationOverrides$],
  1
];
var SendEmailResponse$ = [
  3,
  n0,
  _SERe,
  0,
  [_MI],
  [0]
];
var SendingOptions$ = [
  3,
  n0,
  _SO,
  0,
  [_SEe],
  [2]
];
var SendQuota$ = [
  3,
  n0,
  _SQ,
  0,
  [_MHS, _MSR, _SLH],
  [1, 1, 1]
];
var SmimeSigningScheme$ = [
  3,
  n0,
  _SSS,
  0,
  [_SF],
  [0]
];
var SnsDestination$ = [
  3,
  n0,
  _SDn,
  0,
  [_TAop],
  [0],
  1
];
var SOARecord$ = [
  3,
  n0,
  _SOAR,
  0,
  [_PNS, _AE, _SN],
  [0, 0, 1]
];
var StatusRecord$ = [
  3,
  n0,
  _SRt,
  0,
  [_S, _Ca, _LUT],
  [0, 0, 4]
];
var SuppressedDestination$ = [
  3,
  n0,
  _SDu,
  0,
  [_EA, _Reas, _LUTa, _Att, _TNe],
  [0, 0, 4, () => SuppressedDestinationAttributes$, 0],
  3
];
var SuppressedDestinationAttributes$ = [
  3,
  n0,
  _SDA,
  0,
  [_MI, _FIe],
  [0, 0]
];
var SuppressedDestinationSummary$ = [
  3,
  n0,
  _SDSu,
  0,
  [_EA, _Reas, _LUTa],
  [0, 0, 4],
  3
];
var SuppressionAttributes$ = [
  3,
  n0,
  _SA,
  0,
  [_SR, _VAa],
  [64 | 0, () => SuppressionValidationAttributes$]
];
var SuppressionConditionThreshold$ = [
  3,
  n0,
  _SCT,
  0,
  [_CTEo, _OCT],
  [0, () => SuppressionConfidenceThreshold$],
  1
];
var SuppressionConfidenceThreshold$ = [
  3,
  n0,
  _SCTu,
  0,
  [_CVT],
  [0],
  1
];
var SuppressionListDestination$ = [
  3,
  n0,
  _SLD,
  0,
  [_SLIA],
  [0],
  1
];
var SuppressionOptions$ = [
  3,
  n0,
  _SOu,
  0,
  [_SR, _SSu, _VOa],
  [64 | 0, 0, () => SuppressionValidationOptions$]
];
var SuppressionValidationAttributes$ = [
  3,
  n0,
  _SVA,
  0,
  [_CTon],
  [() => SuppressionConditionThreshold$],
  1
];
var SuppressionValidationOptions$ = [
  3,
  n0,
  _SVO,
  0,
  [_CTon],
  [() => SuppressionConditionThreshold$],
  1
];
var Tag$ = [
  3,
  n0,
  _Tag,
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
  [_RA, _Ta],
  [0, () => TagList],
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
var Template$ = [
  3,
  n0,
  _Te,
  0,
  [_TN, _TAe, _TC, _TD, _He, _At],
  [0, 0, () => EmailTemplateContent$, 0, () => MessageHeaderList, () => AttachmentList]
];
var Tenant$ = [
  3,
  n0,
  _Ten,
  0,
  [_TNe, _TI, _TA, _CTr, _Ta, _SS, _SA],
  [0, 0, 0, 4, () => TagList, 0, () => TenantSuppressionAttributes$]
];
var TenantInfo$ = [
  3,
  n0,
  _TIe,
  0,
  [_TNe, _TI, _TA, _CTr],
  [0, 0, 0, 4]
];
var TenantResource$ = [
  3,
  n0,
  _TRe,
  0,
  [_RTes, _RA],
  [0, 0]
];
var TenantSuppressionAttributes$ = [
  3,
  n0,
  _TSA,
  0,
  [_SR, _SSu],
  [64 | 0, 0]
];
var TestRenderEmailTemplateRequest$ = [
  3,
  n0,
  _TRETR,
  0,
  [_TN, _TD],
  [[0, 1], 0],
  2
];
var TestRenderEmailTemplateResponse$ = [
  3,
  n0,
  _TRETRe,
  0,
  [_RTen],
  [0],
  1
];
var Topic$ = [
  3,
  n0,
  _Top,
  0,
  [_TNo, _DNi, _DSSe, _De],
  [0, 0, 0, 0],
  3
];
var TopicFilter$ = [
  3,
  n0,
  _TF,
  0,
  [_TNo, _UDIPU],
  [0, 2]
];
var TopicPreference$ = [
  3,
  n0,
  _TPo,
  0,
  [_TNo, _SSub],
  [0, 0],
  2
];
var TrackingConfigurationOverrides$ = [
  3,
  n0,
  _TCO,
  0,
  [_OTE, _CTEl],
  [0, 0]
];
var TrackingOptions$ = [
  3,
  n0,
  _TO,
  0,
  [_CRD, _HP],
  [0, 0],
  1
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RA, _TK],
  [[0, { [_hQ]: _RA }], [64 | 0, { [_hQ]: _TK }]],
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
var UpdateConfigurationSetEventDestinationRequest$ = [
  3,
  n0,
  _UCSEDR,
  0,
  [_CSN, _EDN, _EDv],
  [[0, 1], [0, 1], () => EventDestinationDefinition$],
  3
];
var UpdateConfigurationSetEventDestinationResponse$ = [
  3,
  n0,
  _UCSEDRp,
  0,
  [],
  []
];
var UpdateConfigurationSetRequest$ = [
  3,
  n0,
  _UCSR,
  0,
  [_CSN, _MSO],
  [0, () => MessageSecurityOptions$],
  1
];
var UpdateConfigurationSetResponse$ = [
  3,
  n0,
  _UCSRp,
  0,
  [],
  []
];
var UpdateContactListRequest$ = [
  3,
  n0,
  _UCLR,
  0,
  [_CLN, _To, _De],
  [[0, 1], () => Topics, 0],
  1
];
var UpdateContactListResponse$ = [
  3,
  n0,
  _UCLRp,
  0,
  [],
  []
];
var UpdateContactRequest$ = [
  3,
  n0,
  _UCR,
  0,
  [_CLN, _EA, _TP, _UA, _ADt],
  [[0, 1], [0, 1], () => TopicPreferenceList, 2, 0],
  2
];
var UpdateContactResponse$ = [
  3,
  n0,
  _UCRp,
  0,
  [],
  []
];
var UpdateCustomVerificationEmailTemplateRequest$ = [
  3,
  n0,
  _UCVETR,
  0,
  [_TN, _FEA, _TS, _TC, _SRURL, _FRURL],
  [[0, 1], 0, 0, 0, 0, 0],
  6
];
var UpdateCustomVerificationEmailTemplateResponse$ = [
  3,
  n0,
  _UCVETRp,
  0,
  [],
  []
];
var UpdateEmailIdentityPolicyRequest$ = [
  3,
  n0,
  _UEIPR,
  0,
  [_EI, _PNo, _P],
  [[0, 1], [0, 1], 0],
  3
];
var UpdateEmailIdentityPolicyResponse$ = [
  3,
  n0,
  _UEIPRp,
  0,
  [],
  []
];
var UpdateEmailTemplateRequest$ = [
  3,
  n0,
  _UETR,
  0,
  [_TN, _TC],
  [[0, 1], () => EmailTemplateContent$],
  2
];
var UpdateEmailTemplateResponse$ = [
  3,
  n0,
  _UETRp,
  0,
  [],
  []
];
var UpdateReputationEntityCustomerManagedStatusRequest$ = [
  3,
  n0,
  _URECMSR,
  0,
  [_RET, _RER, _SS],
  [[0, 1], [0, 1], 0],
  3
];
var UpdateReputationEntityCustomerManagedStatusResponse$ = [
  3,
  n0,
  _URECMSRp,
  0,
  [],
  []
];
var UpdateReputationEntityPolicyRequest$ = [
  3,
  n0,
  _UREPR,
  0,
  [_RET, _RER, _REP],
  [[0, 1], [0, 1], 0],
  3
];
var UpdateReputationEntityPolicyResponse$ = [
  3,
  n0,
  _UREPRp,
  0,
  [],
  []
];
var VdmAttributes$ = [
  3,
  n0,
  _VA,
  0,
  [_VE, _DAa, _GA],
  [0, () => DashboardAttributes$, () => GuardianAttributes$],
  1
];
var VdmOptions$ = [
  3,
  n0,
  _VO,
  0,
  [_DOa, _GO],
  [() => DashboardOptions$, () => GuardianOptions$]
];
var VerificationInfo$ = [
  3,
  n0,
  _VI,
  0,
  [_LCT, _LST, _ETr, _SOAR],
  [4, 4, 0, () => SOARecord$]
];
var VolumeStatistics$ = [
  3,
  n0,
  _VS,
  0,
  [_IRC, _SRC, _PI, _PSr],
  [1, 1, 1, 1]
];
var AdditionalContactEmailAddresses = [
  1,
  n0,
  _ACEAd,
  8,
  [
    () => AdditionalContactEmailAddress,
    0
  ]
];
var AttachmentList = [
  1,
  n0,
  _AL,
  0,
  () => Attachment$
];
var BatchGetMetricDataQueries = [
  1,
  n0,
  _BGMDQa,
  0,
  () => BatchGetMetricDataQuery$
];
var BlacklistEntries = [
  1,
  n0,
  _BEl,
  0,
  () => BlacklistEntry$
];
var BlacklistItemNames = 64 | 0;
var BulkEmailEntryList = [
  1,
  n0,
  _BEEL,
  0,
  () => BulkEmailEntry$
];
var BulkEmailEntryResultList = [
  1,
  n0,
  _BEERL,
  0,
  () => BulkEmailEntryResult$
];
var CloudWatchDimensionConfigurations = [
  1,
  n0,
  _CWDCl,
  0,
  () => CloudWatchDimensionConfiguration$
];
var ConfigurationSetNameList = 64 | 0;
var CustomVerificationEmailTemplatesList = [
  1,
  n0,
  _CVETL,
  0,
  () => CustomVerificationEmailTemplateMetadata$
];
var DailyVolumes = [
  1,
  n0,
  _DVa,
  0,
  () => DailyVolume$
];
var DedicatedIpList = [
  1,
  n0,
  _DIL,
  0,
  () => DedicatedIp$
];
var DeliverabilityTestReports = [
  1,
  n0,
  _DTReli,
  0,
  () => DeliverabilityTestReport$
];
var DnsTokenList = 64 | 0;
var DomainDeliverabilityCampaignList = [
  1,
  n0,
  _DDCL,
  0,
  () => DomainDeliverabilityCampaign$
];
var DomainDeliverabilityTrackingOptions = [
  1,
  n0,
  _DDTOo,
  0,
  () => DomainDeliverabilityTrackingOption$
];
var DomainIspPlacements = [
  1,
  n0,
  _DIP,
  0,
  () => DomainIspPlacement$
];
var EmailAddressFilterList = [
  1,
  n0,
  _EAFL,
  0,
  [
    () => InsightsEmailAddress,
    0
  ]
];
var EmailAddressList = 64 | 0;
var EmailInsightsList = [
  1,
  n0,
  _EIL,
  0,
  [
    () => EmailInsights$,
    0
  ]
];
var EmailSubjectFilterList = [
  1,
  n0,
  _ESFL,
  0,
  [
    () => EmailSubject,
    0
  ]
];
var EmailTemplateMetadataList = [
  1,
  n0,
  _ETML,
  0,
  () => EmailTemplateMetadata$
];
var Esps = 64 | 0;
var EventDestinations = [
  1,
  n0,
  _EDven,
  0,
  () => EventDestination$
];
var EventTypes = 64 | 0;
var ExportDimensionValue = 64 | 0;
var ExportJobSummaryList = [
  1,
  n0,
  _EJSL,
  0,
  () => ExportJobSummary$
];
var ExportMetrics = [
  1,
  n0,
  _EMxp,
  0,
  () => ExportMetric$
];
var IdentityCertificateList = [
  1,
  n0,
  _ICL,
  0,
  () => IdentityCertificate$
];
var IdentityInfoList = [
  1,
  n0,
  _IIL,
  0,
  () => IdentityInfo$
];
var ImportJobSummaryList = [
  1,
  n0,
  _IJSL,
  0,
  () => ImportJobSummary$
];
var InsightsEvents = [
  1,
  n0,
  _IEn,
  0,
  () => InsightsEvent$
];
var IpList = 64 | 0;
var IspFilterList = 64 | 0;
var IspNameList = 64 | 0;
var IspPlacements = [
  1,
  n0,
  _IPs,
  0,
  () => IspPlacement$
];
var LastDeliveryEventList = 64 | 0;
var LastEngagementEventList = 64 | 0;
var ListOfContactLists = [
  1,
  n0,
  _LOCL,
  0,
  () => ContactList$
];
var ListOfContacts = [
  1,
  n0,
  _LOC,
  0,
  () => Contact$
];
var ListOfDedicatedIpPools = 64 | 0;
var MessageHeaderList = [
  1,
  n0,
  _MHL,
  0,
  () => MessageHeader$
];
var MessageTagList = [
  1,
  n0,
  _MTL,
  0,
  () => MessageTag$
];
var MetricDataErrorList = [
  1,
  n0,
  _MDEL,
  0,
  () => MetricDataError$
];
var MetricDataResultList = [
  1,
  n0,
  _MDRL,
  0,
  () => MetricDataResult$
];
var MetricValueList = 64 | 1;
var MultiRegionEndpoints = [
  1,
  n0,
  _MRE,
  0,
  () => MultiRegionEndpoint$
];
var RecommendationsList = [
  1,
  n0,
  _RL,
  0,
  () => Recommendation$
];
var Regions = 64 | 0;
var ReputationEntitiesList = [
  1,
  n0,
  _REL,
  0,
  () => ReputationEntity$
];
var ResourceTenantMetadataList = [
  1,
  n0,
  _RTML,
  0,
  () => ResourceTenantMetadata$
];
var Routes = [
  1,
  n0,
  _Ro,
  0,
  () => Route$
];
var RoutesDetails = [
  1,
  n0,
  _RDo,
  0,
  () => RouteDetails$
];
var SuppressedDestinationSummaries = [
  1,
  n0,
  _SDS,
  0,
  () => SuppressedDestinationSummary$
];
var SuppressionListReasons = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var TenantInfoList = [
  1,
  n0,
  _TIL,
  0,
  () => TenantInfo$
];
var TenantNameFilterList = 64 | 0;
var TenantResourceList = [
  1,
  n0,
  _TRL,
  0,
  () => TenantResource$
];
var TimestampList = 64 | 4;
var TopicPreferenceList = [
  1,
  n0,
  _TPL,
  0,
  () => TopicPreference$
];
var Topics = [
  1,
  n0,
  _To,
  0,
  () => Topic$
];
var BlacklistReport = [
  2,
  n0,
  _BR,
  0,
  0,
  () => BlacklistEntries
];
var Dimensions = 128 | 0;
var ExportDimensions = [
  2,
  n0,
  _EDxp,
  0,
  0,
  64 | 0
];
var ListRecommendationsFilter = 128 | 0;
var ListTenantResourcesFilter = 128 | 0;
var PolicyMap = 128 | 0;
var ReputationEntityFilter = 128 | 0;
var SigningScheme$ = [
  4,
  n0,
  _SSi,
  0,
  [_DSe, _SSm],
  [() => DefaultSigningScheme$, () => SmimeSigningScheme$]
];
var AssociateEmailIdentityCertificate$ = [
  9,
  n0,
  _AEIC,
  { [_h]: ["POST", "/v2/email/identity/certificates", 200] },
  () => AssociateEmailIdentityCertificateRequest$,
  () => AssociateEmailIdentityCertificateResponse$
];
var BatchGetMetricData$ = [
  9,
  n0,
  _BGMD,
  { [_h]: ["POST", "/v2/email/metrics/batch", 200] },
  () => BatchGetMetricDataRequest$,
  () => BatchGetMetricDataResponse$
];
var CancelExportJob$ = [
  9,
  n0,
  _CEJ,
  { [_h]: ["PUT", "/v2/email/export-jobs/{JobId}/cancel", 200] },
  () => CancelExportJobRequest$,
  () => CancelExportJobResponse$
];
var CreateConfigurationSet$ = [
  9,
  n0,
  _CCS,
  { [_h]: ["POST", "/v2/email/configuration-sets", 200] },
  () => CreateConfigurationSetRequest$,
  () => CreateConfigurationSetResponse$
];
var CreateConfigurationSetEventDestination$ = [
  9,
  n0,
  _CCSED,
  { [_h]: ["POST", "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations", 200] },
  () => CreateConfigurationSetEventDestinationRequest$,
  () => CreateConfigurationSetEventDestinationResponse$
];
var CreateContact$ = [
  9,
  n0,
  _CC,
  { [_h]: ["POST", "/v2/email/contact-lists/{ContactListName}/contacts", 200] },
  () => CreateContactRequest$,
  () => CreateContactResponse$
];
var CreateContactList$ = [
  9,
  n0,
  _CCL,
  { [_h]: ["POST", "/v2/email/contact-lists", 200] },
  () => CreateContactListRequest$,
  () => CreateContactListResponse$
];
var CreateCustomVerificationEmailTemplate$ = [
  9,
  n0,
  _CCVET,
  { [_h]: ["POST", "/v2/email/custom-verification-email-templates", 200] },
  () => CreateCustomVerificationEmailTemplateRequest$,
  () => CreateCustomVerificationEmailTemplateResponse$
];
var CreateDedicatedIpPool$ = [
  9,
  n0,
  _CDIP,
  { [_h]: ["POST", "/v2/email/dedicated-ip-pools", 200] },
  () => CreateDedicatedIpPoolRequest$,
  () => CreateDedicatedIpPoolResponse$
];
var CreateDeliverabilityTestReport$ = [
  9,
  n0,
  _CDTR,
  { [_h]: ["POST", "/v2/email/deliverability-dashboard/test", 200] },
  () => CreateDeliverabilityTestReportRequest$,
  () => CreateDeliverabilityTestReportResponse$
];
var CreateEmailIdentity$ = [
  9,
  n0,
  _CEI,
  { [_h]: ["POST", "/v2/email/identities", 200] },
  () => CreateEmailIdentityRequest$,
  () => CreateEmailIdentityResponse$
];
var CreateEmailIdentityPolicy$ = [
  9,
  n0,
  _CEIP,
  { [_h]: ["POST", "/v2/email/identities/{EmailIdentity}/policies/{PolicyName}", 200] },
  () => CreateEmailIdentityPolicyRequest$,
  () => CreateEmailIdentityPolicyResponse$
];
var CreateEmailTemplate$ = [
  9,
  n0,
  _CETr,
  { [_h]: ["POST", "/v2/email/templates", 200] },
  () => CreateEmailTemplateRequest$,
  () => CreateEmailTemplateResponse$
];
var CreateExportJob$ = [
  9,
  n0,
  _CEJr,
  { [_h]: ["POST", "/v2/email/export-jobs", 200] },
  () => CreateExportJobRequest$,
  () => CreateExportJobResponse$
];
var CreateImportJob$ = [
  9,
  n0,
  _CIJ,
  { [_h]: ["POST", "/v2/email/import-jobs", 200] },
  () => CreateImportJobRequest$,
  () => CreateImportJobResponse$
];
var CreateMultiRegionEndpoint$ = [
  9,
  n0,
  _CMRE,
  { [_h]: ["POST", "/v2/email/multi-region-endpoints", 200] },
  () => CreateMultiRegionEndpointRequest$,
  () => CreateMultiRegionEndpointResponse$
];
var CreateTenant$ = [
  9,
  n0,
  _CTre,
  { [_h]: ["POST", "/v2/email/tenants", 200] },
  () => CreateTenantRequest$,
  () => CreateTenantResponse$
];
var CreateTenantResourceAssociation$ = [
  9,
  n0,
  _CTRA,
  { [_h]: ["POST", "/v2/email/tenants/resources", 200] },
  () => CreateTenantResourceAssociationRequest$,
  () => CreateTenantResourceAssociationResponse$
];
var DeleteConfigurationSet$ = [
  9,
  n0,
  _DCS,
  { [_h]: ["DELETE", "/v2/email/configuration-sets/{ConfigurationSetName}", 200] },
  () => DeleteConfigurationSetRequest$,
  () => DeleteConfigurationSetResponse$
];
var DeleteConfigurationSetEventDestination$ = [
  9,
  n0,
  _DCSED,
  { [_h]: ["DELETE", "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations/{EventDestinationName}", 200] },
  () => DeleteConfigurationSetEventDestinationRequest$,
  () => DeleteConfigurationSetEventDestinationResponse$
];
var DeleteContact$ = [
  9,
  n0,
  _DCel,
  { [_h]: ["DELETE", "/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}", 200] },
  () => DeleteContactRequest$,
  () => DeleteContactResponse$
];
var DeleteContactList$ = [
  9,
  n0,
  _DCL,
  { [_h]: ["DELETE", "/v2/email/contact-lists/{ContactListName}", 200] },
  () => DeleteContactListRequest$,
  () => DeleteContactListResponse$
];
var DeleteCustomVerificationEmailTemplate$ = [
  9,
  n0,
  _DCVET,
  { [_h]: ["DELETE", "/v2/email/custom-verification-email-templates/{TemplateName}", 200] },
  () => DeleteCustomVerificationEmailTemplateRequest$,
  () => DeleteCustomVerificationEmailTemplateResponse$
];
var DeleteDedicatedIpPool$ = [
  9,
  n0,
  _DDIP,
  { [_h]: ["DELETE", "/v2/email/dedicated-ip-pools/{PoolName}", 200] },
  () => DeleteDedicatedIpPoolRequest$,
  () => DeleteDedicatedIpPoolResponse$
];
var DeleteEmailIdentity$ = [
  9,
  n0,
  _DEI,
  { [_h]: ["DELETE", "/v2/email/identities/{EmailIdentity}", 200] },
  () => DeleteEmailIdentityRequest$,
  () => DeleteEmailIdentityResponse$
];
var DeleteEmailIdentityPolicy$ = [
  9,
  n0,
  _DEIP,
  { [_h]: ["DELETE", "/v2/email/identities/{EmailIdentity}/policies/{PolicyName}", 200] },
  () => DeleteEmailIdentityPolicyRequest$,
  () => DeleteEmailIdentityPolicyResponse$
];
var DeleteEmailTemplate$ = [
  9,
  n0,
  _DETe,
  { [_h]: ["DELETE", "/v2/email/templates/{TemplateName}", 200] },
  () => DeleteEmailTemplateRequest$,
  () => DeleteEmailTemplateResponse$
];
var DeleteMultiRegionEndpoint$ = [
  9,
  n0,
  _DMRE,
  { [_h]: ["DELETE", "/v2/email/multi-region-endpoints/{EndpointName}", 200] },
  () => DeleteMultiRegionEndpointRequest$,
  () => DeleteMultiRegionEndpointResponse$
];
var DeleteSuppressedDestination$ = [
  9,
  n0,
  _DSD,
  { [_h]: ["DELETE", "/v2/email/suppression/addresses/{EmailAddress}", 200] },
  () => DeleteSuppressedDestinationRequest$,
  () => DeleteSuppressedDestinationResponse$
];
var DeleteTenant$ = [
  9,
  n0,
  _DTe,
  { [_h]: ["POST", "/v2/email/tenants/delete", 200] },
  () => DeleteTenantRequest$,
  () => DeleteTenantResponse$
];
var DeleteTenantResourceAssociation$ = [
  9,
  n0,
  _DTRA,
  { [_h]: ["POST", "/v2/email/tenants/resources/delete", 200] },
  () => DeleteTenantResourceAssociationRequest$,
  () => DeleteTenantResourceAssociationResponse$
];
var DisassociateEmailIdentityCertificate$ = [
  9,
  n0,
  _DEIC,
  { [_h]: ["POST", "/v2/email/identity/certificates/delete", 200] },
  () => DisassociateEmailIdentityCertificateRequest$,
  () => DisassociateEmailIdentityCertificateResponse$
];
var GetAccount$ = [
  9,
  n0,
  _GAe,
  { [_h]: ["GET", "/v2/email/account", 200] },
  () => GetAccountRequest$,
  () => GetAccountResponse$
];
var GetBlacklistReports$ = [
  9,
  n0,
  _GBR,
  { [_h]: ["GET", "/v2/email/deliverability-dashboard/blacklist-report", 200] },
  () => GetBlacklistReportsRequest$,
  () => GetBlacklistReportsResponse$
];
var GetConfigurationSet$ = [
  9,
  n0,
  _GCS,
  { [_h]: ["GET", "/v2/email/configuration-sets/{ConfigurationSetName}", 200] },
  () => GetConfigurationSetRequest$,
  () => GetConfigurationSetResponse$
];
var GetConfigurationSetEventDestinations$ = [
  9,
  n0,
  _GCSED,
  { [_h]: ["GET", "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations", 200] },
  () => GetConfigurationSetEventDestinationsRequest$,
  () => GetConfigurationSetEventDestinationsResponse$
];
var GetContact$ = [
  9,
  n0,
  _GC,
  { [_h]: ["GET", "/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}", 200] },
  () => GetContactRequest$,
  () => GetContactResponse$
];
var GetContactList$ = [
  9,
  n0,
  _GCL,
  { [_h]: ["GET", "/v2/email/contact-lists/{ContactListName}", 200] },
  () => GetContactListRequest$,
  () => GetContactListResponse$
];
var GetCustomVerificationEmailTemplate$ = [
  9,
  n0,
  _GCVET,
  { [_h]: ["GET", "/v2/email/custom-verification-email-templates/{TemplateName}", 200] },
  () => GetCustomVerificationEmailTemplateRequest$,
  () => GetCustomVerificationEmailTemplateResponse$
];
var GetDedicatedIp$ = [
  9,
  n0,
  _GDI,
  { [_h]: ["GET", "/v2/email/dedicated-ips/{Ip}", 200] },
  () => GetDedicatedIpRequest$,
  () => GetDedicatedIpResponse$
];
var GetDedicatedIpPool$ = [
  9,
  n0,
  _GDIP,
  { [_h]: ["GET", "/v2/email/dedicated-ip-pools/{PoolName}", 200] },
  () => GetDedicatedIpPoolRequest$,
  () => GetDedicatedIpPoolResponse$
];
var GetDedicatedIps$ = [
  9,
  n0,
  _GDIe,
  { [_h]: ["GET", "/v2/email/dedicated-ips", 200] },
  () => GetDedicatedIpsRequest$,
  () => GetDedicatedIpsResponse$
];
var GetDeliverabilityDashboardOptions$ = [
  9,
  n0,
  _GDDO,
  { [_h]: ["GET", "/v2/email/deliverability-dashboard", 200] },
  () => GetDeliverabilityDashboardOptionsRequest$,
  () => GetDeliverabilityDashboardOptionsResponse$
];
var GetDeliverabilityTestReport$ = [
  9,
  n0,
  _GDTR,
  { [_h]: ["GET", "/v2/email/deliverability-dashboard/test-reports/{ReportId}", 200] },
  () => GetDeliverabilityTestReportRequest$,
  () => GetDeliverabilityTestReportResponse$
];
var GetDomainDeliverabilityCampaign$ = [
  9,
  n0,
  _GDDC,
  { [_h]: ["GET", "/v2/email/deliverability-dashboard/campaigns/{CampaignId}", 200] },
  () => GetDomainDeliverabilityCampaignRequest$,
  () => GetDomainDeliverabilityCampaignResponse$
];
var GetDomainStatisticsReport$ = [
  9,
  n0,
  _GDSR,
  { [_h]: ["GET", "/v2/email/deliverability-dashboard/statistics-report/{Domain}", 200] },
  () => GetDomainStatisticsReportRequest$,
  () => GetDomainStatisticsReportResponse$
];
var GetEmailAddressInsights$ = [
  9,
  n0,
  _GEAI,
  { [_h]: ["POST", "/v2/email/email-address-insights", 200] },
  () => GetEmailAddressInsightsRequest$,
  () => GetEmailAddressInsightsResponse$
];
var GetEmailIdentity$ = [
  9,
  n0,
  _GEI,
  { [_h]: ["GET", "/v2/email/identities/{EmailIdentity}", 200] },
  () => GetEmailIdentityRequest$,
  () => GetEmailIdentityResponse$
];
var GetEmailIdentityPolicies$ = [
  9,
  n0,
  _GEIP,
  { [_h]: ["GET", "/v2/email/identities/{EmailIdentity}/policies", 200] },
  () => GetEmailIdentityPoliciesRequest$,
  () => GetEmailIdentityPoliciesResponse$
];
var GetEmailTemplate$ = [
  9,
  n0,
  _GET,
  { [_h]: ["GET", "/v2/email/templates/{TemplateName}", 200] },
  () => GetEmailTemplateRequest$,
  () => GetEmailTemplateResponse$
];
var GetExportJob$ = [
  9,
  n0,
  _GEJ,
  { [_h]: ["GET", "/v2/email/export-jobs/{JobId}", 200] },
  () => GetExportJobRequest$,
  () => GetExportJobResponse$
];
var GetImportJob$ = [
  9,
  n0,
  _GIJ,
  { [_h]: ["GET", "/v2/email/import-jobs/{JobId}", 200] },
  () => GetImportJobRequest$,
  () => GetImportJobResponse$
];
var GetMessageInsights$ = [
  9,
  n0,
  _GMI,
  { [_h]: ["GET", "/v2/email/insights/{MessageId}", 200] },
  () => GetMessageInsightsRequest$,
  () => GetMessageInsightsResponse$
];
var GetMultiRegionEndpoint$ = [
  9,
  n0,
  _GMRE,
  { [_h]: ["GET", "/v2/email/multi-region-endpoints/{EndpointName}", 200] },
  () => GetMultiRegionEndpointRequest$,
  () => GetMultiRegionEndpointResponse$
];
var GetReputationEntity$ = [
  9,
  n0,
  _GRE,
  { [_h]: ["GET", "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}", 200] },
  () => GetReputationEntityRequest$,
  () => GetReputationEntityResponse$
];
var GetSuppressedDestination$ = [
  9,
  n0,
  _GSD,
  { [_h]: ["GET", "/v2/email/suppression/addresses/{EmailAddress}", 200] },
  () => GetSuppressedDestinationRequest$,
  () => GetSuppressedDestinationResponse$
];
var GetTenant$ = [
  9,
  n0,
  _GT,
  { [_h]: ["POST", "/v2/email/tenants/get", 200] },
  () => GetTenantRequest$,
  () => GetTenantResponse$
];
var ListConfigurationSets$ = [
  9,
  n0,
  _LCS,
  { [_h]: ["GET", "/v2/email/configuration-sets", 200] },
  () => ListConfigurationSetsRequest$,
  () => ListConfigurationSetsResponse$
];
var ListContactLists$ = [
  9,
  n0,
  _LCL,
  { [_h]: ["GET", "/v2/email/contact-lists", 200] },
  () => ListContactListsRequest$,
  () => ListContactListsResponse$
];
var ListContacts$ = [
  9,
  n0,
  _LC,
  { [_h]: ["POST", "/v2/email/contact-lists/{ContactListName}/contacts/list", 200] },
  () => ListContactsRequest$,
  () => ListContactsResponse$
];
var ListCustomVerificationEmailTemplates$ = [
  9,
  n0,
  _LCVET,
  { [_h]: ["GET", "/v2/email/custom-verification-email-templates", 200] },
  () => ListCustomVerificationEmailTemplatesRequest$,
  () => ListCustomVerificationEmailTemplatesResponse$
];
var ListDedicatedIpPools$ = [
  9,
  n0,
  _LDIP,
  { [_h]: ["GET", "/v2/email/dedicated-ip-pools", 200] },
  () => ListDedicatedIpPoolsRequest$,
  () => ListDedicatedIpPoolsResponse$
];
var ListDeliverabilityTestReports$ = [
  9,
  n0,
  _LDTR,
  { [_h]: ["GET", "/v2/email/deliverability-dashboard/test-reports", 200] },
  () => ListDeliverabilityTestReportsRequest$,
  () => ListDeliverabilityTestReportsResponse$
];
var ListDomainDeliverabilityCampaigns$ = [
  9,
  n0,
  _LDDC,
  { [_h]: ["GET", "/v2/email/deliverability-dashboard/domains/{SubscribedDomain}/campaigns", 200] },
  () => ListDomainDeliverabilityCampaignsRequest$,
  () => ListDomainDeliverabilityCampaignsResponse$
];
var ListEmailIdentities$ = [
  9,
  n0,
  _LEI,
  { [_h]: ["GET", "/v2/email/identities", 200] },
  () => ListEmailIdentitiesRequest$,
  () => ListEmailIdentitiesResponse$
];
var ListEmailIdentityCertificates$ = [
  9,
  n0,
  _LEIC,
  { [_h]: ["POST", "/v2/email/identity/certificates/list", 200] },
  () => ListEmailIdentityCertificatesRequest$,
  () => ListEmailIdentityCertificatesResponse$
];
var ListEmailTemplates$ = [
  9,
  n0,
  _LET,
  { [_h]: ["GET", "/v2/email/templates", 200] },
  () => ListEmailTemplatesRequest$,
  () => ListEmailTemplatesResponse$
];
var ListExportJobs$ = [
  9,
  n0,
  _LEJ,
  { [_h]: ["POST", "/v2/email/list-export-jobs", 200] },
  () => ListExportJobsRequest$,
  () => ListExportJobsResponse$
];
var ListImportJobs$ = [
  9,
  n0,
  _LIJ,
  { [_h]: ["POST", "/v2/email/import-jobs/list", 200] },
  () => ListImportJobsRequest$,
  () => ListImportJobsResponse$
];
var ListMultiRegionEndpoints$ = [
  9,
  n0,
  _LMRE,
  { [_h]: ["GET", "/v2/email/multi-region-endpoints", 200] },
  () => ListMultiRegionEndpointsRequest$,
  () => ListMultiRegionEndpointsResponse$
];
var ListRecommendations$ = [
  9,
  n0,
  _LR,
  { [_h]: ["POST", "/v2/email/vdm/recommendations", 200] },
  () => ListRecommendationsRequest$,
  () => ListRecommendationsResponse$
];
var ListReputationEntities$ = [
  9,
  n0,
  _LRE,
  { [_h]: ["POST", "/v2/email/reputation/entities", 200] },
  () => ListReputationEntitiesRequest$,
  () => ListReputationEntitiesResponse$
];
var ListResourceTenants$ = [
  9,
  n0,
  _LRT,
  { [_h]: ["POST", "/v2/email/resources/tenants/list", 200] },
  () => ListResourceTenantsRequest$,
  () => ListResourceTenantsResponse$
];
var ListSuppressedDestinations$ = [
  9,
  n0,
  _LSD,
  { [_h]: ["GET", "/v2/email/suppression/addresses", 200] },
  () => ListSuppressedDestinationsRequest$,
  () => ListSuppressedDestinationsResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  { [_h]: ["GET", "/v2/email/tags", 200] },
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var ListTenantResources$ = [
  9,
  n0,
  _LTRis,
  { [_h]: ["POST", "/v2/email/tenants/resources/list", 200] },
  () => ListTenantResourcesRequest$,
  () => ListTenantResourcesResponse$
];
var ListTenants$ = [
  9,
  n0,
  _LTi,
  { [_h]: ["POST", "/v2/email/tenants/list", 200] },
  () => ListTenantsRequest$,
  () => ListTenantsResponse$
];
var PutAccountDedicatedIpWarmupAttributes$ = [
  9,
  n0,
  _PADIWA,
  { [_h]: ["PUT", "/v2/email/account/dedicated-ips/warmup", 200] },
  () => PutAccountDedicatedIpWarmupAttributesRequest$,
  () => PutAccountDedicatedIpWarmupAttributesResponse$
];
var PutAccountDetails$ = [
  9,
  n0,
  _PAD,
  { [_h]: ["POST", "/v2/email/account/details", 200] },
  () => PutAccountDetailsRequest$,
  () => PutAccountDetailsResponse$
];
var PutAccountPricingAttributes$ = [
  9,
  n0,
  _PAPA,
  { [_h]: ["PUT", "/v2/email/account/pricing-attributes", 200] },
  () => PutAccountPricingAttributesRequest$,
  () => PutAccountPricingAttributesResponse$
];
var PutAccountSendingAttributes$ = [
  9,
  n0,
  _PASA,
  { [_h]: ["PUT", "/v2/email/account/sending", 200] },
  () => PutAccountSendingAttributesRequest$,
  () => PutAccountSendingAttributesResponse$
];
var PutAccountSuppressionAttributes$ = [
  9,
  n0,
  _PASAu,
  { [_h]: ["PUT", "/v2/email/account/suppression", 200] },
  () => PutAccountSuppressionAttributesRequest$,
  () => PutAccountSuppressionAttributesResponse$
];
var PutAccountVdmAttributes$ = [
  9,
  n0,
  _PAVA,
  { [_h]: ["PUT", "/v2/email/account/vdm", 200] },
  () => PutAccountVdmAttributesRequest$,
  () => PutAccountVdmAttributesResponse$
];
var PutConfigurationSetArchivingOptions$ = [
  9,
  n0,
  _PCSAO,
  { [_h]: ["PUT", "/v2/email/configuration-sets/{ConfigurationSetName}/archiving-options", 200] },
  () => PutConfigurationSetArchivingOptionsRequest$,
  () => PutConfigurationSetArchivingOptionsResponse$
];
var PutConfigurationSetDeliveryOptions$ = [
  9,
  n0,
  _PCSDO,
  { [_h]: ["PUT", "/v2/email/configuration-sets/{ConfigurationSetName}/delivery-options", 200] },
  () => PutConfigurationSetDeliveryOptionsRequest$,
  () => PutConfigurationSetDeliveryOptionsResponse$
];
var PutConfigurationSetReputationOptions$ = [
  9,
  n0,
  _PCSRO,
  { [_h]: ["PUT", "/v2/email/configuration-sets/{ConfigurationSetName}/reputation-options", 200] },
  () => PutConfigurationSetReputationOptionsRequest$,
  () => PutConfigurationSetReputationOptionsResponse$
];
var PutConfigurationSetSendingOptions$ = [
  9,
  n0,
  _PCSSO,
  { [_h]: ["PUT", "/v2/email/configuration-sets/{ConfigurationSetName}/sending", 200] },
  () => PutConfigurationSetSendingOptionsRequest$,
  () => PutConfigurationSetSendingOptionsResponse$
];
var PutConfigurationSetSuppressionOptions$ = [
  9,
  n0,
  _PCSSOu,
  { [_h]: ["PUT", "/v2/email/configuration-sets/{ConfigurationSetName}/suppression-options", 200] },
  () => PutConfigurationSetSuppressionOptionsRequest$,
  () => PutConfigurationSetSuppressionOptionsResponse$
];
var PutConfigurationSetTrackingOptions$ = [
  9,
  n0,
  _PCSTO,
  { [_h]: ["PUT", "/v2/email/configuration-sets/{ConfigurationSetName}/tracking-options", 200] },
  () => PutConfigurationSetTrackingOptionsRequest$,
  () => PutConfigurationSetTrackingOptionsResponse$
];
var PutConfigurationSetVdmOptions$ = [
  9,
  n0,
  _PCSVO,
  { [_h]: ["PUT", "/v2/email/configuration-sets/{ConfigurationSetName}/vdm-options", 200] },
  () => PutConfigurationSetVdmOptionsRequest$,
  () => PutConfigurationSetVdmOptionsResponse$
];
var PutDedicatedIpInPool$ = [
  9,
  n0,
  _PDIIP,
  { [_h]: ["PUT", "/v2/email/dedicated-ips/{Ip}/pool", 200] },
  () => PutDedicatedIpInPoolRequest$,
  () => PutDedicatedIpInPoolResponse$
];
var PutDedicatedIpPoolScalingAttributes$ = [
  9,
  n0,
  _PDIPSA,
  { [_h]: ["PUT", "/v2/email/dedicated-ip-pools/{PoolName}/scaling", 200] },
  () => PutDedicatedIpPoolScalingAttributesRequest$,
  () => PutDedicatedIpPoolScalingAttributesResponse$
];
var PutDedicatedIpWarmupAttributes$ = [
  9,
  n0,
  _PDIWA,
  { [_h]: ["PUT", "/v2/email/dedicated-ips/{Ip}/warmup", 200] },
  () => PutDedicatedIpWarmupAttributesRequest$,
  () => PutDedicatedIpWarmupAttributesResponse$
];
var PutDeliverabilityDashboardOption$ = [
  9,
  n0,
  _PDDO,
  { [_h]: ["PUT", "/v2/email/deliverability-dashboard", 200] },
  () => PutDeliverabilityDashboardOptionRequest$,
  () => PutDeliverabilityDashboardOptionResponse$
];
var PutEmailIdentityConfigurationSetAttributes$ = [
  9,
  n0,
  _PEICSA,
  { [_h]: ["PUT", "/v2/email/identities/{EmailIdentity}/configuration-set", 200] },
  () => PutEmailIdentityConfigurationSetAttributesRequest$,
  () => PutEmailIdentityConfigurationSetAttributesResponse$
];
var PutEmailIdentityDkimAttributes$ = [
  9,
  n0,
  _PEIDA,
  { [_h]: ["PUT", "/v2/email/identities/{EmailIdentity}/dkim", 200] },
  () => PutEmailIdentityDkimAttributesRequest$,
  () => PutEmailIdentityDkimAttributesResponse$
];
var PutEmailIdentityDkimSigningAttributes$ = [
  9,
  n0,
  _PEIDSA,
  { [_h]: ["PUT", "/v2/email/identities/{EmailIdentity}/dkim/signing", 200] },
  () => PutEmailIdentityDkimSigningAttributesRequest$,
  () => PutEmailIdentityDkimSigningAttributesResponse$
];
var PutEmailIdentityFeedbackAttributes$ = [
  9,
  n0,
  _PEIFA,
  { [_h]: ["PUT", "/v2/email/identities/{EmailIdentity}/feedback", 200] },
  () => PutEmailIdentityFeedbackAttributesRequest$,
  () => PutEmailIdentityFeedbackAttributesResponse$
];
var PutEmailIdentityMailFromAttributes$ = [
  9,
  n0,
  _PEIMFA,
  { [_h]: ["PUT", "/v2/email/identities/{EmailIdentity}/mail-from", 200] },
  () => PutEmailIdentityMailFromAttributesRequest$,
  () => PutEmailIdentityMailFromAttributesResponse$
];
var PutSuppressedDestination$ = [
  9,
  n0,
  _PSD,
  { [_h]: ["PUT", "/v2/email/suppression/addresses", 200] },
  () => PutSuppressedDestinationRequest$,
  () => PutSuppressedDestinationResponse$
];
var PutTenantSuppressionAttributes$ = [
  9,
  n0,
  _PTSA,
  { [_h]: ["POST", "/v2/email/tenant/suppression", 200] },
  () => PutTenantSuppressionAttributesRequest$,
  () => PutTenantSuppressionAttributesResponse$
];
var SendBulkEmail$ = [
  9,
  n0,
  _SBE,
  { [_h]: ["POST", "/v2/email/outbound-bulk-emails", 200] },
  () => SendBulkEmailRequest$,
  () => SendBulkEmailResponse$
];
var SendCustomVerificationEmail$ = [
  9,
  n0,
  _SCVE,
  { [_h]: ["POST", "/v2/email/outbound-custom-verification-emails", 200] },
  () => SendCustomVerificationEmailRequest$,
  () => SendCustomVerificationEmailResponse$
];
var SendEmail$ = [
  9,
  n0,
  _SEen,
  { [_h]: ["POST", "/v2/email/outbound-emails", 200] },
  () => SendEmailRequest$,
  () => SendEmailResponse$
];
var TagResource$ = [
  9,
  n0,
  _TRa,
  { [_h]: ["POST", "/v2/email/tags", 200] },
  () => TagResourceRequest$,
  () => TagResourceResponse$
];
var TestRenderEmailTemplate$ = [
  9,
  n0,
  _TRET,
  { [_h]: ["POST", "/v2/email/templates/{TemplateName}/render", 200] },
  () => TestRenderEmailTemplateRequest$,
  () => TestRenderEmailTemplateResponse$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_h]: ["DELETE", "/v2/email/tags", 200] },
  () => UntagResourceRequest$,
  () => UntagResourceResponse$
];
var UpdateConfigurationSet$ = [
  9,
  n0,
  _UCS,
  { [_h]: ["POST", "/v2/email/update-configuration-sets", 200] },
  () => UpdateConfigurationSetRequest$,
  () => UpdateConfigurationSetResponse$
];
var UpdateConfigurationSetEventDestination$ = [
  9,
  n0,
  _UCSED,
  { [_h]: ["PUT", "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations/{EventDestinationName}", 200] },
  () => UpdateConfigurationSetEventDestinationRequest$,
  () => UpdateConfigurationSetEventDestinationResponse$
];
var UpdateContact$ = [
  9,
  n0,
  _UC,
  { [_h]: ["PUT", "/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}", 200] },
  () => UpdateContactRequest$,
  () => UpdateContactResponse$
];
var UpdateContactList$ = [
  9,
  n0,
  _UCL,
  { [_h]: ["PUT", "/v2/email/contact-lists/{ContactListName}", 200] },
  () => UpdateContactListRequest$,
  () => UpdateContactListResponse$
];
var UpdateCustomVerificationEmailTemplate$ = [
  9,
  n0,
  _UCVET,
  { [_h]: ["PUT", "/v2/email/custom-verification-email-templates/{TemplateName}", 200] },
  () => UpdateCustomVerificationEmailTemplateRequest$,
  () => UpdateCustomVerificationEmailTemplateResponse$
];
var UpdateEmailIdentityPolicy$ = [
  9,
  n0,
  _UEIP,
  { [_h]: ["PUT", "/v2/email/identities/{EmailIdentity}/policies/{PolicyName}", 200] },
  () => UpdateEmailIdentityPolicyRequest$,
  () => UpdateEmailIdentityPolicyResponse$
];
var UpdateEmailTemplate$ = [
  9,
  n0,
  _UET,
  { [_h]: ["PUT", "/v2/email/templates/{TemplateName}", 200] },
  () => UpdateEmailTemplateRequest$,
  () => UpdateEmailTemplateResponse$
];
var UpdateReputationEntityCustomerManagedStatus$ = [
  9,
  n0,
  _URECMS,
  { [_h]: ["PUT", "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/customer-managed-status", 200] },
  () => UpdateReputationEntityCustomerManagedStatusRequest$,
  () => UpdateReputationEntityCustomerManagedStatusResponse$
];
var UpdateReputationEntityPolicy$ = [
  9,
  n0,
  _UREP,
  { [_h]: ["PUT", "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/policy", 200] },
  () => UpdateReputationEntityPolicyRequest$,
  () => UpdateReputationEntityPolicyResponse$
];

// node_modules/@aws-sdk/client-sesv2/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2019-09-27",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSESv2HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "aws.auth#sigv4a",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.sesv2",
      errorTypeRegistries,
      version: "2019-09-27",
      serviceTarget: "SimpleEmailService_v2"
    },
    serviceId: config?.serviceId ?? "SESv2",
    sha256: config?.sha256 ?? Sha256Node,
    signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-sesv2/dist-es/runtimeConfig.js
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
    sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-sesv2/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-sesv2/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-sesv2/dist-es/SESv2Client.js
var SESv2Client = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultSESv2HttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials,
        "aws.auth#sigv4a": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "SimpleEmailService_v2", "SESv2Client", getEndpointPlugin);
var _ep0 = {};
var _ep1 = {
  EndpointId: { type: "contextParams", name: "EndpointId" }
};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/AssociateEmailIdentityCertificateCommand.js
var AssociateEmailIdentityCertificateCommand = class extends command(_ep0, _mw0, "AssociateEmailIdentityCertificate", AssociateEmailIdentityCertificate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/BatchGetMetricDataCommand.js
var BatchGetMetricDataCommand = class extends command(_ep0, _mw0, "BatchGetMetricData", BatchGetMetricData$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CancelExportJobCommand.js
var CancelExportJobCommand = class extends command(_ep0, _mw0, "CancelExportJob", CancelExportJob$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateConfigurationSetCommand.js
var CreateConfigurationSetCommand = class extends command(_ep0, _mw0, "CreateConfigurationSet", CreateConfigurationSet$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateConfigurationSetEventDestinationCommand.js
var CreateConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "CreateConfigurationSetEventDestination", CreateConfigurationSetEventDestination$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateContactCommand.js
var CreateContactCommand = class extends command(_ep0, _mw0, "CreateContact", CreateContact$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateContactListCommand.js
var CreateContactListCommand = class extends command(_ep0, _mw0, "CreateContactList", CreateContactList$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateCustomVerificationEmailTemplateCommand.js
var CreateCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "CreateCustomVerificationEmailTemplate", CreateCustomVerificationEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateDedicatedIpPoolCommand.js
var CreateDedicatedIpPoolCommand = class extends command(_ep0, _mw0, "CreateDedicatedIpPool", CreateDedicatedIpPool$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateDeliverabilityTestReportCommand.js
var CreateDeliverabilityTestReportCommand = class extends command(_ep0, _mw0, "CreateDeliverabilityTestReport", CreateDeliverabilityTestReport$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateEmailIdentityCommand.js
var CreateEmailIdentityCommand = class extends command(_ep0, _mw0, "CreateEmailIdentity", CreateEmailIdentity$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateEmailIdentityPolicyCommand.js
var CreateEmailIdentityPolicyCommand = class extends command(_ep0, _mw0, "CreateEmailIdentityPolicy", CreateEmailIdentityPolicy$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateEmailTemplateCommand.js
var CreateEmailTemplateCommand = class extends command(_ep0, _mw0, "CreateEmailTemplate", CreateEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateExportJobCommand.js
var CreateExportJobCommand = class extends command(_ep0, _mw0, "CreateExportJob", CreateExportJob$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateImportJobCommand.js
var CreateImportJobCommand = class extends command(_ep0, _mw0, "CreateImportJob", CreateImportJob$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateMultiRegionEndpointCommand.js
var CreateMultiRegionEndpointCommand = class extends command(_ep0, _mw0, "CreateMultiRegionEndpoint", CreateMultiRegionEndpoint$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateTenantCommand.js
var CreateTenantCommand = class extends command(_ep0, _mw0, "CreateTenant", CreateTenant$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/CreateTenantResourceAssociationCommand.js
var CreateTenantResourceAssociationCommand = class extends command(_ep0, _mw0, "CreateTenantResourceAssociation", CreateTenantResourceAssociation$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteConfigurationSetCommand.js
var DeleteConfigurationSetCommand = class extends command(_ep0, _mw0, "DeleteConfigurationSet", DeleteConfigurationSet$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteConfigurationSetEventDestinationCommand.js
var DeleteConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "DeleteConfigurationSetEventDestination", DeleteConfigurationSetEventDestination$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteContactCommand.js
var DeleteContactCommand = class extends command(_ep0, _mw0, "DeleteContact", DeleteContact$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteContactListCommand.js
var DeleteContactListCommand = class extends command(_ep0, _mw0, "DeleteContactList", DeleteContactList$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteCustomVerificationEmailTemplateCommand.js
var DeleteCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "DeleteCustomVerificationEmailTemplate", DeleteCustomVerificationEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteDedicatedIpPoolCommand.js
var DeleteDedicatedIpPoolCommand = class extends command(_ep0, _mw0, "DeleteDedicatedIpPool", DeleteDedicatedIpPool$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteEmailIdentityCommand.js
var DeleteEmailIdentityCommand = class extends command(_ep0, _mw0, "DeleteEmailIdentity", DeleteEmailIdentity$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteEmailIdentityPolicyCommand.js
var DeleteEmailIdentityPolicyCommand = class extends command(_ep0, _mw0, "DeleteEmailIdentityPolicy", DeleteEmailIdentityPolicy$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteEmailTemplateCommand.js
var DeleteEmailTemplateCommand = class extends command(_ep0, _mw0, "DeleteEmailTemplate", DeleteEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteMultiRegionEndpointCommand.js
var DeleteMultiRegionEndpointCommand = class extends command(_ep0, _mw0, "DeleteMultiRegionEndpoint", DeleteMultiRegionEndpoint$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteSuppressedDestinationCommand.js
var DeleteSuppressedDestinationCommand = class extends command(_ep0, _mw0, "DeleteSuppressedDestination", DeleteSuppressedDestination$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteTenantCommand.js
var DeleteTenantCommand = class extends command(_ep0, _mw0, "DeleteTenant", DeleteTenant$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DeleteTenantResourceAssociationCommand.js
var DeleteTenantResourceAssociationCommand = class extends command(_ep0, _mw0, "DeleteTenantResourceAssociation", DeleteTenantResourceAssociation$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/DisassociateEmailIdentityCertificateCommand.js
var DisassociateEmailIdentityCertificateCommand = class extends command(_ep0, _mw0, "DisassociateEmailIdentityCertificate", DisassociateEmailIdentityCertificate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetAccountCommand.js
var GetAccountCommand = class extends command(_ep0, _mw0, "GetAccount", GetAccount$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetBlacklistReportsCommand.js
var GetBlacklistReportsCommand = class extends command(_ep0, _mw0, "GetBlacklistReports", GetBlacklistReports$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetConfigurationSetCommand.js
var GetConfigurationSetCommand = class extends command(_ep0, _mw0, "GetConfigurationSet", GetConfigurationSet$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetConfigurationSetEventDestinationsCommand.js
var GetConfigurationSetEventDestinationsCommand = class extends command(_ep0, _mw0, "GetConfigurationSetEventDestinations", GetConfigurationSetEventDestinations$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetContactCommand.js
var GetContactCommand = class extends command(_ep0, _mw0, "GetContact", GetContact$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetContactListCommand.js
var GetContactListCommand = class extends command(_ep0, _mw0, "GetContactList", GetContactList$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetCustomVerificationEmailTemplateCommand.js
var GetCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "GetCustomVerificationEmailTemplate", GetCustomVerificationEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetDedicatedIpCommand.js
var GetDedicatedIpCommand = class extends command(_ep0, _mw0, "GetDedicatedIp", GetDedicatedIp$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetDedicatedIpPoolCommand.js
var GetDedicatedIpPoolCommand = class extends command(_ep0, _mw0, "GetDedicatedIpPool", GetDedicatedIpPool$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetDedicatedIpsCommand.js
var GetDedicatedIpsCommand = class extends command(_ep0, _mw0, "GetDedicatedIps", GetDedicatedIps$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetDeliverabilityDashboardOptionsCommand.js
var GetDeliverabilityDashboardOptionsCommand = class extends command(_ep0, _mw0, "GetDeliverabilityDashboardOptions", GetDeliverabilityDashboardOptions$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetDeliverabilityTestReportCommand.js
var GetDeliverabilityTestReportCommand = class extends command(_ep0, _mw0, "GetDeliverabilityTestReport", GetDeliverabilityTestReport$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetDomainDeliverabilityCampaignCommand.js
var GetDomainDeliverabilityCampaignCommand = class extends command(_ep0, _mw0, "GetDomainDeliverabilityCampaign", GetDomainDeliverabilityCampaign$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetDomainStatisticsReportCommand.js
var GetDomainStatisticsReportCommand = class extends command(_ep0, _mw0, "GetDomainStatisticsReport", GetDomainStatisticsReport$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetEmailAddressInsightsCommand.js
var GetEmailAddressInsightsCommand = class extends command(_ep0, _mw0, "GetEmailAddressInsights", GetEmailAddressInsights$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetEmailIdentityCommand.js
var GetEmailIdentityCommand = class extends command(_ep0, _mw0, "GetEmailIdentity", GetEmailIdentity$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetEmailIdentityPoliciesCommand.js
var GetEmailIdentityPoliciesCommand = class extends command(_ep0, _mw0, "GetEmailIdentityPolicies", GetEmailIdentityPolicies$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetEmailTemplateCommand.js
var GetEmailTemplateCommand = class extends command(_ep0, _mw0, "GetEmailTemplate", GetEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetExportJobCommand.js
var GetExportJobCommand = class extends command(_ep0, _mw0, "GetExportJob", GetExportJob$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetImportJobCommand.js
var GetImportJobCommand = class extends command(_ep0, _mw0, "GetImportJob", GetImportJob$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetMessageInsightsCommand.js
var GetMessageInsightsCommand = class extends command(_ep0, _mw0, "GetMessageInsights", GetMessageInsights$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetMultiRegionEndpointCommand.js
var GetMultiRegionEndpointCommand = class extends command(_ep0, _mw0, "GetMultiRegionEndpoint", GetMultiRegionEndpoint$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetReputationEntityCommand.js
var GetReputationEntityCommand = class extends command(_ep0, _mw0, "GetReputationEntity", GetReputationEntity$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetSuppressedDestinationCommand.js
var GetSuppressedDestinationCommand = class extends command(_ep0, _mw0, "GetSuppressedDestination", GetSuppressedDestination$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/GetTenantCommand.js
var GetTenantCommand = class extends command(_ep0, _mw0, "GetTenant", GetTenant$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListConfigurationSetsCommand.js
var ListConfigurationSetsCommand = class extends command(_ep0, _mw0, "ListConfigurationSets", ListConfigurationSets$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListContactListsCommand.js
var ListContactListsCommand = class extends command(_ep0, _mw0, "ListContactLists", ListContactLists$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListContactsCommand.js
var ListContactsCommand = class extends command(_ep0, _mw0, "ListContacts", ListContacts$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListCustomVerificationEmailTemplatesCommand.js
var ListCustomVerificationEmailTemplatesCommand = class extends command(_ep0, _mw0, "ListCustomVerificationEmailTemplates", ListCustomVerificationEmailTemplates$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListDedicatedIpPoolsCommand.js
var ListDedicatedIpPoolsCommand = class extends command(_ep0, _mw0, "ListDedicatedIpPools", ListDedicatedIpPools$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListDeliverabilityTestReportsCommand.js
var ListDeliverabilityTestReportsCommand = class extends command(_ep0, _mw0, "ListDeliverabilityTestReports", ListDeliverabilityTestReports$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListDomainDeliverabilityCampaignsCommand.js
var ListDomainDeliverabilityCampaignsCommand = class extends command(_ep0, _mw0, "ListDomainDeliverabilityCampaigns", ListDomainDeliverabilityCampaigns$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListEmailIdentitiesCommand.js
var ListEmailIdentitiesCommand = class extends command(_ep0, _mw0, "ListEmailIdentities", ListEmailIdentities$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListEmailIdentityCertificatesCommand.js
var ListEmailIdentityCertificatesCommand = class extends command(_ep0, _mw0, "ListEmailIdentityCertificates", ListEmailIdentityCertificates$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListEmailTemplatesCommand.js
var ListEmailTemplatesCommand = class extends command(_ep0, _mw0, "ListEmailTemplates", ListEmailTemplates$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListExportJobsCommand.js
var ListExportJobsCommand = class extends command(_ep0, _mw0, "ListExportJobs", ListExportJobs$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListImportJobsCommand.js
var ListImportJobsCommand = class extends command(_ep0, _mw0, "ListImportJobs", ListImportJobs$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListMultiRegionEndpointsCommand.js
var ListMultiRegionEndpointsCommand = class extends command(_ep0, _mw0, "ListMultiRegionEndpoints", ListMultiRegionEndpoints$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListRecommendationsCommand.js
var ListRecommendationsCommand = class extends command(_ep0, _mw0, "ListRecommendations", ListRecommendations$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListReputationEntitiesCommand.js
var ListReputationEntitiesCommand = class extends command(_ep0, _mw0, "ListReputationEntities", ListReputationEntities$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListResourceTenantsCommand.js
var ListResourceTenantsCommand = class extends command(_ep0, _mw0, "ListResourceTenants", ListResourceTenants$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListSuppressedDestinationsCommand.js
var ListSuppressedDestinationsCommand = class extends command(_ep0, _mw0, "ListSuppressedDestinations", ListSuppressedDestinations$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListTenantResourcesCommand.js
var ListTenantResourcesCommand = class extends command(_ep0, _mw0, "ListTenantResources", ListTenantResources$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/ListTenantsCommand.js
var ListTenantsCommand = class extends command(_ep0, _mw0, "ListTenants", ListTenants$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutAccountDedicatedIpWarmupAttributesCommand.js
var PutAccountDedicatedIpWarmupAttributesCommand = class extends command(_ep0, _mw0, "PutAccountDedicatedIpWarmupAttributes", PutAccountDedicatedIpWarmupAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutAccountDetailsCommand.js
var PutAccountDetailsCommand = class extends command(_ep0, _mw0, "PutAccountDetails", PutAccountDetails$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutAccountPricingAttributesCommand.js
var PutAccountPricingAttributesCommand = class extends command(_ep0, _mw0, "PutAccountPricingAttributes", PutAccountPricingAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutAccountSendingAttributesCommand.js
var PutAccountSendingAttributesCommand = class extends command(_ep0, _mw0, "PutAccountSendingAttributes", PutAccountSendingAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutAccountSuppressionAttributesCommand.js
var PutAccountSuppressionAttributesCommand = class extends command(_ep0, _mw0, "PutAccountSuppressionAttributes", PutAccountSuppressionAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutAccountVdmAttributesCommand.js
var PutAccountVdmAttributesCommand = class extends command(_ep0, _mw0, "PutAccountVdmAttributes", PutAccountVdmAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutConfigurationSetArchivingOptionsCommand.js
var PutConfigurationSetArchivingOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetArchivingOptions", PutConfigurationSetArchivingOptions$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutConfigurationSetDeliveryOptionsCommand.js
var PutConfigurationSetDeliveryOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetDeliveryOptions", PutConfigurationSetDeliveryOptions$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutConfigurationSetReputationOptionsCommand.js
var PutConfigurationSetReputationOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetReputationOptions", PutConfigurationSetReputationOptions$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutConfigurationSetSendingOptionsCommand.js
var PutConfigurationSetSendingOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetSendingOptions", PutConfigurationSetSendingOptions$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutConfigurationSetSuppressionOptionsCommand.js
var PutConfigurationSetSuppressionOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetSuppressionOptions", PutConfigurationSetSuppressionOptions$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutConfigurationSetTrackingOptionsCommand.js
var PutConfigurationSetTrackingOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetTrackingOptions", PutConfigurationSetTrackingOptions$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutConfigurationSetVdmOptionsCommand.js
var PutConfigurationSetVdmOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetVdmOptions", PutConfigurationSetVdmOptions$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutDedicatedIpInPoolCommand.js
var PutDedicatedIpInPoolCommand = class extends command(_ep0, _mw0, "PutDedicatedIpInPool", PutDedicatedIpInPool$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutDedicatedIpPoolScalingAttributesCommand.js
var PutDedicatedIpPoolScalingAttributesCommand = class extends command(_ep0, _mw0, "PutDedicatedIpPoolScalingAttributes", PutDedicatedIpPoolScalingAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutDedicatedIpWarmupAttributesCommand.js
var PutDedicatedIpWarmupAttributesCommand = class extends command(_ep0, _mw0, "PutDedicatedIpWarmupAttributes", PutDedicatedIpWarmupAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutDeliverabilityDashboardOptionCommand.js
var PutDeliverabilityDashboardOptionCommand = class extends command(_ep0, _mw0, "PutDeliverabilityDashboardOption", PutDeliverabilityDashboardOption$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutEmailIdentityConfigurationSetAttributesCommand.js
var PutEmailIdentityConfigurationSetAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityConfigurationSetAttributes", PutEmailIdentityConfigurationSetAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutEmailIdentityDkimAttributesCommand.js
var PutEmailIdentityDkimAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityDkimAttributes", PutEmailIdentityDkimAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutEmailIdentityDkimSigningAttributesCommand.js
var PutEmailIdentityDkimSigningAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityDkimSigningAttributes", PutEmailIdentityDkimSigningAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutEmailIdentityFeedbackAttributesCommand.js
var PutEmailIdentityFeedbackAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityFeedbackAttributes", PutEmailIdentityFeedbackAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutEmailIdentityMailFromAttributesCommand.js
var PutEmailIdentityMailFromAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityMailFromAttributes", PutEmailIdentityMailFromAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutSuppressedDestinationCommand.js
var PutSuppressedDestinationCommand = class extends command(_ep0, _mw0, "PutSuppressedDestination", PutSuppressedDestination$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/PutTenantSuppressionAttributesCommand.js
var PutTenantSuppressionAttributesCommand = class extends command(_ep0, _mw0, "PutTenantSuppressionAttributes", PutTenantSuppressionAttributes$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/SendBulkEmailCommand.js
var SendBulkEmailCommand = class extends command(_ep1, _mw0, "SendBulkEmail", SendBulkEmail$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/SendCustomVerificationEmailCommand.js
var SendCustomVerificationEmailCommand = class extends command(_ep0, _mw0, "SendCustomVerificationEmail", SendCustomVerificationEmail$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/SendEmailCommand.js
var SendEmailCommand = class extends command(_ep1, _mw0, "SendEmail", SendEmail$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/TestRenderEmailTemplateCommand.js
var TestRenderEmailTemplateCommand = class extends command(_ep0, _mw0, "TestRenderEmailTemplate", TestRenderEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateConfigurationSetCommand.js
var UpdateConfigurationSetCommand = class extends command(_ep0, _mw0, "UpdateConfigurationSet", UpdateConfigurationSet$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateConfigurationSetEventDestinationCommand.js
var UpdateConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "UpdateConfigurationSetEventDestination", UpdateConfigurationSetEventDestination$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateContactCommand.js
var UpdateContactCommand = class extends command(_ep0, _mw0, "UpdateContact", UpdateContact$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateContactListCommand.js
var UpdateContactListCommand = class extends command(_ep0, _mw0, "UpdateContactList", UpdateContactList$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateCustomVerificationEmailTemplateCommand.js
var UpdateCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "UpdateCustomVerificationEmailTemplate", UpdateCustomVerificationEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateEmailIdentityPolicyCommand.js
var UpdateEmailIdentityPolicyCommand = class extends command(_ep0, _mw0, "UpdateEmailIdentityPolicy", UpdateEmailIdentityPolicy$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateEmailTemplateCommand.js
var UpdateEmailTemplateCommand = class extends command(_ep0, _mw0, "UpdateEmailTemplate", UpdateEmailTemplate$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateReputationEntityCustomerManagedStatusCommand.js
var UpdateReputationEntityCustomerManagedStatusCommand = class extends command(_ep0, _mw0, "UpdateReputationEntityCustomerManagedStatus", UpdateReputationEntityCustomerManagedStatus$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/commands/UpdateReputationEntityPolicyCommand.js
var UpdateReputationEntityPolicyCommand = class extends command(_ep0, _mw0, "UpdateReputationEntityPolicy", UpdateReputationEntityPolicy$) {
};

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/GetDedicatedIpsPaginator.js
var paginateGetDedicatedIps = createPaginator(SESv2Client, GetDedicatedIpsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListConfigurationSetsPaginator.js
var paginateListConfigurationSets = createPaginator(SESv2Client, ListConfigurationSetsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListContactListsPaginator.js
var paginateListContactLists = createPaginator(SESv2Client, ListContactListsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListContactsPaginator.js
var paginateListContacts = createPaginator(SESv2Client, ListContactsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListCustomVerificationEmailTemplatesPaginator.js
var paginateListCustomVerificationEmailTemplates = createPaginator(SESv2Client, ListCustomVerificationEmailTemplatesCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListDedicatedIpPoolsPaginator.js
var paginateListDedicatedIpPools = createPaginator(SESv2Client, ListDedicatedIpPoolsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListDeliverabilityTestReportsPaginator.js
var paginateListDeliverabilityTestReports = createPaginator(SESv2Client, ListDeliverabilityTestReportsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListDomainDeliverabilityCampaignsPaginator.js
var paginateListDomainDeliverabilityCampaigns = createPaginator(SESv2Client, ListDomainDeliverabilityCampaignsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListEmailIdentitiesPaginator.js
var paginateListEmailIdentities = createPaginator(SESv2Client, ListEmailIdentitiesCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListEmailIdentityCertificatesPaginator.js
var paginateListEmailIdentityCertificates = createPaginator(SESv2Client, ListEmailIdentityCertificatesCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListEmailTemplatesPaginator.js
var paginateListEmailTemplates = createPaginator(SESv2Client, ListEmailTemplatesCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListExportJobsPaginator.js
var paginateListExportJobs = createPaginator(SESv2Client, ListExportJobsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListImportJobsPaginator.js
var paginateListImportJobs = createPaginator(SESv2Client, ListImportJobsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListMultiRegionEndpointsPaginator.js
var paginateListMultiRegionEndpoints = createPaginator(SESv2Client, ListMultiRegionEndpointsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListRecommendationsPaginator.js
var paginateListRecommendations = createPaginator(SESv2Client, ListRecommendationsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListReputationEntitiesPaginator.js
var paginateListReputationEntities = createPaginator(SESv2Client, ListReputationEntitiesCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListResourceTenantsPaginator.js
var paginateListResourceTenants = createPaginator(SESv2Client, ListResourceTenantsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListSuppressedDestinationsPaginator.js
var paginateListSuppressedDestinations = createPaginator(SESv2Client, ListSuppressedDestinationsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListTenantResourcesPaginator.js
var paginateListTenantResources = createPaginator(SESv2Client, ListTenantResourcesCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/pagination/ListTenantsPaginator.js
var paginateListTenants = createPaginator(SESv2Client, ListTenantsCommand, "NextToken", "NextToken", "PageSize");

// node_modules/@aws-sdk/client-sesv2/dist-es/SESv2.js
var commands = {
  AssociateEmailIdentityCertificateCommand,
  BatchGetMetricDataCommand,
  CancelExportJobCommand,
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateContactCommand,
  CreateContactListCommand,
  CreateCustomVerificationEmailTemplateCommand,
  CreateDedicatedIpPoolCommand,
  CreateDeliverabilityTestReportCommand,
  CreateEmailIdentityCommand,
  CreateEmailIdentityPolicyCommand,
  CreateEmailTemplateCommand,
  CreateExportJobCommand,
  CreateImportJobCommand,
  CreateMultiRegionEndpointCommand,
  CreateTenantCommand,
  CreateTenantResourceAssociationCommand,
  DeleteConfigurationSetCommand,
  DeleteConfigurationSetEventDestinationCommand,
  DeleteContactCommand,
  DeleteContactListCommand,
  DeleteCustomVerificationEmailTemplateCommand,
  DeleteDedicatedIpPoolCommand,
  DeleteEmailIdentityCommand,
  DeleteEmailIdentityPolicyCommand,
  DeleteEmailTemplateCommand,
  DeleteMultiRegionEndpointCommand,
  DeleteSuppressedDestinationCommand,
  DeleteTenantCommand,
  DeleteTenantResourceAssociationCommand,
  DisassociateEmailIdentityCertificateCommand,
  GetAccountCommand,
  GetBlacklistReportsCommand,
  GetConfigurationSetCommand,
  GetConfigurationSetEventDestinationsCommand,
  GetContactCommand,
  GetContactListCommand,
  GetCustomVerificationEmailTemplateCommand,
  GetDedicatedIpCommand,
  GetDedicatedIpPoolCommand,
  GetDedicatedIpsCommand,
  GetDeliverabilityDashboardOptionsCommand,
  GetDeliverabilityTestReportCommand,
  GetDomainDeliverabilityCampaignCommand,
  GetDomainStatisticsReportCommand,
  GetEmailAddressInsightsCommand,
  GetEmailIdentityCommand,
  GetEmailIdentityPoliciesCommand,
  GetEmailTemplateCommand,
  GetExportJobCommand,
  GetImportJobCommand,
  GetMessageInsightsCommand,
  GetMultiRegionEndpointCommand,
  GetReputationEntityCommand,
  GetSuppressedDestinationCommand,
  GetTenantCommand,
  ListConfigurationSetsCommand,
  ListContactListsCommand,
  ListContactsCommand,
  ListCustomVerificationEmailTemplatesCommand,
  ListDedicatedIpPoolsCommand,
  ListDeliverabilityTestReportsCommand,
  ListDomainDeliverabilityCampaignsCommand,
  ListEmailIdentitiesCommand,
  ListEmailIdentityCertificatesCommand,
  ListEmailTemplatesCommand,
  ListExportJobsCommand,
  ListImportJobsCommand,
  ListMultiRegionEndpointsCommand,
  ListRecommendationsCommand,
  ListReputationEntitiesCommand,
  ListResourceTenantsCommand,
  ListSuppressedDestinationsCommand,
  ListTagsForResourceCommand,
  ListTenantResourcesCommand,
  ListTenantsCommand,
  PutAccountDedicatedIpWarmupAttributesCommand,
  PutAccountDetailsCommand,
  PutAccountPricingAttributesCommand,
  PutAccountSendingAttributesCommand,
  PutAccountSuppressionAttributesCommand,
  PutAccountVdmAttributesCommand,
  PutConfigurationSetArchivingOptionsCommand,
  PutConfigurationSetDeliveryOptionsCommand,
  PutConfigurationSetReputationOptionsCommand,
  PutConfigurationSetSendingOptionsCommand,
  PutConfigurationSetSuppressionOptionsCommand,
  PutConfigurationSetTrackingOptionsCommand,
  PutConfigurationSetVdmOptionsCommand,
  PutDedicatedIpInPoolCommand,
  PutDedicatedIpPoolScalingAttributesCommand,
  PutDedicatedIpWarmupAttributesCommand,
  PutDeliverabilityDashboardOptionCommand,
  PutEmailIdentityConfigurationSetAttributesCommand,
  PutEmailIdentityDkimAttributesCommand,
  PutEmailIdentityDkimSigningAttributesCommand,
  PutEmailIdentityFeedbackAttributesCommand,
  PutEmailIdentityMailFromAttributesCommand,
  PutSuppressedDestinationCommand,
  PutTenantSuppressionAttributesCommand,
  SendBulkEmailCommand,
  SendCustomVerificationEmailCommand,
  SendEmailCommand,
  TagResourceCommand,
  TestRenderEmailTemplateCommand,
  UntagResourceCommand,
  UpdateConfigurationSetCommand,
  UpdateConfigurationSetEventDestinationCommand,
  UpdateContactCommand,
  UpdateContactListCommand,
  UpdateCustomVerificationEmailTemplateCommand,
  UpdateEmailIdentityPolicyCommand,
  UpdateEmailTemplateCommand,
  UpdateReputationEntityCustomerManagedStatusCommand,
  UpdateReputationEntityPolicyCommand
};
var paginators = {
  paginateGetDedicatedIps,
  paginateListConfigurationSets,
  paginateListContactLists,
  paginateListContacts,
  paginateListCustomVerificationEmailTemplates,
  paginateListDedicatedIpPools,
  paginateListDeliverabilityTestReports,
  paginateListDomainDeliverabilityCampaigns,
  paginateListEmailIdentities,
  paginateListEmailIdentityCertificates,
  paginateListEmailTemplates,
  paginateListExportJobs,
  paginateListImportJobs,
  paginateListMultiRegionEndpoints,
  paginateListRecommendations,
  paginateListReputationEntities,
  paginateListResourceTenants,
  paginateListSuppressedDestinations,
  paginateListTenantResources,
  paginateListTenants
};
var SESv2 = class extends SESv2Client {
};
createAggregatedClient(commands, SESv2, { paginators });

// node_modules/@aws-sdk/client-sesv2/dist-es/models/enums.js
var ContactLanguage = {
  EN: "EN",
  JA: "JA"
};
var MailType = {
  MARKETING: "MARKETING",
  TRANSACTIONAL: "TRANSACTIONAL"
};
var ReviewStatus = {
  DENIED: "DENIED",
  FAILED: "FAILED",
  GRANTED: "GRANTED",
  PENDING: "PENDING"
};
var AttachmentContentDisposition = {
  ATTACHMENT: "ATTACHMENT",
  INLINE: "INLINE"
};
var AttachmentContentTransferEncoding = {
  BASE64: "BASE64",
  QUOTED_PRINTABLE: "QUOTED_PRINTABLE",
  SEVEN_BIT: "SEVEN_BIT"
};
var MetricDimensionName = {
  CONFIGURATION_SET: "CONFIGURATION_SET",
  EMAIL_IDENTITY: "EMAIL_IDENTITY",
  ISP: "ISP",
  TENANT_NAME: "TENANT_NAME"
};
var Metric = {
  CLICK: "CLICK",
  COMPLAINT: "COMPLAINT",
  DELIVERY: "DELIVERY",
  DELIVERY_CLICK: "DELIVERY_CLICK",
  DELIVERY_COMPLAINT: "DELIVERY_COMPLAINT",
  DELIVERY_OPEN: "DELIVERY_OPEN",
  OPEN: "OPEN",
  PERMANENT_BOUNCE: "PERMANENT_BOUNCE",
  SEND: "SEND",
  TRANSIENT_BOUNCE: "TRANSIENT_BOUNCE"
};
var MetricNamespace = {
  VDM: "VDM"
};
var QueryErrorCode = {
  ACCESS_DENIED: "ACCESS_DENIED",
  INTERNAL_FAILURE: "INTERNAL_FAILURE"
};
var BehaviorOnMxFailure = {
  REJECT_MESSAGE: "REJECT_MESSAGE",
  USE_DEFAULT_VALUE: "USE_DEFAULT_VALUE"
};
var BounceType = {
  PERMANENT: "PERMANENT",
  TRANSIENT: "TRANSIENT",
  UNDETERMINED: "UNDETERMINED"
};
var BulkEmailStatus = {
  ACCOUNT_DAILY_QUOTA_EXCEEDED: "ACCOUNT_DAILY_QUOTA_EXCEEDED",
  ACCOUNT_SENDING_PAUSED: "ACCOUNT_SENDING_PAUSED",
  ACCOUNT_SUSPENDED: "ACCOUNT_SUSPENDED",
  ACCOUNT_THROTTLED: "ACCOUNT_THROTTLED",
  CONFIGURATION_SET_NOT_FOUND: "CONFIGURATION_SET_NOT_FOUND",
  CONFIGURATION_SET_SENDING_PAUSED: "CONFIGURATION_SET_SENDING_PAUSED",
  FAILED: "FAILED",
  INVALID_PARAMETER: "INVALID_PARAMETER",
  INVALID_SENDING_POOL_NAME: "INVALID_SENDING_POOL_NAME",
  MAIL_FROM_DOMAIN_NOT_VERIFIED: "MAIL_FROM_DOMAIN_NOT_VERIFIED",
  MESSAGE_REJECTED: "MESSAGE_REJECTED",
  SUCCESS: "SUCCESS",
  TEMPLATE_NOT_FOUND: "TEMPLATE_NOT_FOUND",
  TRANSIENT_FAILURE: "TRANSIENT_FAILURE"
};
var DimensionValueSource = {
  EMAIL_HEADER: "EMAIL_HEADER",
  LINK_TAG: "LINK_TAG",
  MESSAGE_TAG: "MESSAGE_TAG"
};
var FeatureStatus = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED"
};
var SubscriptionStatus = {
  OPT_IN: "OPT_IN",
  OPT_OUT: "OPT_OUT"
};
var ContactListImportAction = {
  DELETE: "DELETE",
  PUT: "PUT"
};
var TlsPolicy = {
  OPTIONAL: "OPTIONAL",
  REQUIRE: "REQUIRE"
};
var SignatureFormat = {
  DETACHED: "DETACHED"
};
var SuppressionListReason = {
  BOUNCE: "BOUNCE",
  COMPLAINT: "COMPLAINT"
};
var SuppressionListScope = {
  ACCOUNT: "ACCOUNT",
  TENANT: "TENANT"
};
var SuppressionConfidenceVerdictThreshold = {
  HIGH: "HIGH",
  MANAGED: "MANAGED",
  MEDIUM: "MEDIUM"
};
var HttpsPolicy = {
  OPTIONAL: "OPTIONAL",
  REQUIRE: "REQUIRE",
  REQUIRE_OPEN_ONLY: "REQUIRE_OPEN_ONLY"
};
var EventType = {
  BOUNCE: "BOUNCE",
  CLICK: "CLICK",
  COMPLAINT: "COMPLAINT",
  DELIVERY: "DELIVERY",
  DELIVERY_DELAY: "DELIVERY_DELAY",
  OPEN: "OPEN",
  REJECT: "REJECT",
  RENDERING_FAILURE: "RENDERING_FAILURE",
  SEND: "SEND",
  SUBSCRIPTION: "SUBSCRIPTION"
};
var ScalingMode = {
  MANAGED: "MANAGED",
  STANDARD: "STANDARD"
};
var DeliverabilityTestStatus = {
  COMPLETED: "COMPLETED",
  IN_PROGRESS: "IN_PROGRESS"
};
var DkimSigningAttributesOrigin = {
  AWS_SES: "AWS_SES",
  AWS_SES_AF_SOUTH_1: "AWS_SES_AF_SOUTH_1",
  AWS_SES_AP_NORTHEAST_1: "AWS_SES_AP_NORTHEAST_1",
  AWS_SES_AP_NORTHEAST_2: "AWS_SES_AP_NORTHEAST_2",
  AWS_SES_AP_NORTHEAST_3: "AWS_SES_AP_NORTHEAST_3",
  AWS_SES_AP_SOUTHEAST_1: "AWS_SES_AP_SOUTHEAST_1",
  AWS_SES_AP_SOUTHEAST_2: "AWS_SES_AP_SOUTHEAST_2",
  AWS_SES_AP_SOUTHEAST_3: "AWS_SES_AP_SOUTHEAST_3",
  AWS_SES_AP_SOUTHEAST_5: "AWS_SES_AP_SOUTHEAST_5",
  AWS_SES_AP_SOUTH_1: "AWS_SES_AP_SOUTH_1",
  AWS_SES_AP_SOUTH_2: "AWS_SES_AP_SOUTH_2",
  AWS_SES_CA_CENTRAL_1: "AWS_SES_CA_CENTRAL_1",
  AWS_SES_CA_WEST_1: "AWS_SES_CA_WEST_1",
  AWS_SES_EU_CENTRAL_1: "AWS_SES_EU_CENTRAL_1",
  AWS_SES_EU_CENTRAL_2: "AWS_SES_EU_CENTRAL_2",
  AWS_SES_EU_NORTH_1: "AWS_SES_EU_NORTH_1",
  AWS_SES_EU_SOUTH_1: "AWS_SES_EU_SOUTH_1",
  AWS_SES_EU_WEST_1: "AWS_SES_EU_WEST_1",
  AWS_SES_EU_WEST_2: "AWS_SES_EU_WEST_2",
  AWS_SES_EU_WEST_3: "AWS_SES_EU_WEST_3",
  AWS_SES_IL_CENTRAL_1: "AWS_SES_IL_CENTRAL_1",
  AWS_SES_ME_CENTRAL_1: "AWS_SES_ME_CENTRAL_1",
  AWS_SES_ME_SOUTH_1: "AWS_SES_ME_SOUTH_1",
  AWS_SES_SA_EAST_1: "AWS_SES_SA_EAST_1",
  AWS_SES_US_EAST_1: "AWS_SES_US_EAST_1",
  AWS_SES_US_EAST_2: "AWS_SES_US_EAST_2",
  AWS_SES_US_GOV_EAST_1: "AWS_SES_US_GOV_EAST_1",
  AWS_SES_US_GOV_WEST_1: "AWS_SES_US_GOV_WEST_1",
  AWS_SES_US_WEST_1: "AWS_SES_US_WEST_1",
  AWS_SES_US_WEST_2: "AWS_SES_US_WEST_2",
  EXTERNAL: "EXTERNAL"
};
var DkimSigningKeyLength = {
  RSA_1024_BIT: "RSA_1024_BIT",
  RSA_2048_BIT: "RSA_2048_BIT"
};
var DkimStatus = {
  FAILED: "FAILED",
  NOT_STARTED: "NOT_STARTED",
  PENDING: "PENDING",
  SUCCESS: "SUCCESS",
  TEMPORARY_FAILURE: "TEMPORARY_FAILURE"
};
var IdentityType = {
  DOMAIN: "DOMAIN",
  EMAIL_ADDRESS: "EMAIL_ADDRESS",
  MANAGED_DOMAIN: "MANAGED_DOMAIN"
};
var DeliveryEventType = {
  COMPLAINT: "COMPLAINT",
  DELIVERY: "DELIVERY",
  PERMANENT_BOUNCE: "PERMANENT_BOUNCE",
  SEND: "SEND",
  TRANSIENT_BOUNCE: "TRANSIENT_BOUNCE",
  UNDETERMINED_BOUNCE: "UNDETERMINED_BOUNCE"
};
var EngagementEventType = {
  CLICK: "CLICK",
  OPEN: "OPEN"
};
var MetricAggregation = {
  RATE: "RATE",
  VOLUME: "VOLUME"
};
var DataFormat = {
  CSV: "CSV",
  JSON: "JSON"
};
var SuppressionListImportAction = {
  DELETE: "DELETE",
  PUT: "PUT"
};
var Status = {
  CREATING: "CREATING",
  DELETING: "DELETING",
  FAILED: "FAILED",
  READY: "READY"
};
var SendingStatus = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED",
  REINSTATED: "REINSTATED"
};
var WarmupStatus = {
  DONE: "DONE",
  IN_PROGRESS: "IN_PROGRESS",
  NOT_APPLICABLE: "NOT_APPLICABLE"
};
var DeliverabilityDashboardAccountStatus = {
  ACTIVE: "ACTIVE",
  DISABLED: "DISABLED",
  PENDING_EXPIRATION: "PENDING_EXPIRATION"
};
var EmailAddressInsightsConfidenceVerdict = {
  HIGH: "HIGH",
  LOW: "LOW",
  MEDIUM: "MEDIUM"
};
var ExportSourceType = {
  MESSAGE_INSIGHTS: "MESSAGE_INSIGHTS",
  METRICS_DATA: "METRICS_DATA"
};
var JobStatus = {
  CANCELLED: "CANCELLED",
  COMPLETED: "COMPLETED",
  CREATED: "CREATED",
  FAILED: "FAILED",
  PROCESSING: "PROCESSING"
};
var PricingPlan = {
  ENTERPRISE: "ENTERPRISE",
  ESSENTIALS: "ESSENTIALS",
  NONE: "NONE",
  PRO: "PRO"
};
var MailFromDomainStatus = {
  FAILED: "FAILED",
  PENDING: "PENDING",
  SUCCESS: "SUCCESS",
  TEMPORARY_FAILURE: "TEMPORARY_FAILURE"
};
var VerificationError = {
  DNS_SERVER_ERROR: "DNS_SERVER_ERROR",
  HOST_NOT_FOUND: "HOST_NOT_FOUND",
  INVALID_VALUE: "INVALID_VALUE",
  REPLICATION_ACCESS_DENIED: "REPLICATION_ACCESS_DENIED",
  REPLICATION_PRIMARY_BYO_DKIM_NOT_SUPPORTED: "REPLICATION_PRIMARY_BYO_DKIM_NOT_SUPPORTED",
  REPLICATION_PRIMARY_INVALID_REGION: "REPLICATION_PRIMARY_INVALID_REGION",
  REPLICATION_PRIMARY_NOT_FOUND: "REPLICATION_PRIMARY_NOT_FOUND",
  REPLICATION_REPLICA_AS_PRIMARY_NOT_SUPPORTED: "REPLICATION_REPLICA_AS_PRIMARY_NOT_SUPPORTED",
  SERVICE_ERROR: "SERVICE_ERROR",
  TYPE_NOT_FOUND: "TYPE_NOT_FOUND"
};
var VerificationStatus = {
  FAILED: "FAILED",
  NOT_STARTED: "NOT_STARTED",
  PENDING: "PENDING",
  SUCCESS: "SUCCESS",
  TEMPORARY_FAILURE: "TEMPORARY_FAILURE"
};
var ReputationEntityType = {
  RESOURCE: "RESOURCE"
};
var RecommendationImpact = {
  HIGH: "HIGH",
  LOW: "LOW"
};
var IdentityCertificateStatus = {
  ACTIVE: "ACTIVE",
  DEPROVISIONING: "DEPROVISIONING",
  FAILED: "FAILED",
  INACTIVE: "INACTIVE",
  PROVISIONING: "PROVISIONING"
};
var ImportDestinationType = {
  CONTACT_LIST: "CONTACT_LIST",
  SUPPRESSION_LIST: "SUPPRESSION_LIST"
};
var ListRecommendationsFilterKey = {
  IMPACT: "IMPACT",
  RESOURCE_ARN: "RESOURCE_ARN",
  STATUS: "STATUS",
  TYPE: "TYPE"
};
var RecommendationStatus = {
  FIXED: "FIXED",
  OPEN: "OPEN"
};
var RecommendationType = {
  BIMI: "BIMI",
  BOUNCE: "BOUNCE",
  COMPLAINT: "COMPLAINT",
  DKIM: "DKIM",
  DMARC: "DMARC",
  FEEDBACK_3P: "FEEDBACK_3P",
  IP_LISTING: "IP_LISTING",
  SPF: "SPF"
};
var ReputationEntityFilterKey = {
  ENTITY_REFERENCE_PREFIX: "ENTITY_REFERENCE_PREFIX",
  ENTITY_TYPE: "ENTITY_TYPE",
  REPUTATION_IMPACT: "REPUTATION_IMPACT",
  STATUS: "SENDING_STATUS"
};
var ListTenantResourcesFilterKey = {
  RESOURCE_TYPE: "RESOURCE_TYPE"
};
var ResourceType = {
  CONFIGURATION_SET: "CONFIGURATION_SET",
  EMAIL_IDENTITY: "EMAIL_IDENTITY",
  EMAIL_TEMPLATE: "EMAIL_TEMPLATE"
};
export {
  Command as $Command,
  AccountDetails$,
  AccountSuspendedException,
  AccountSuspendedException$,
  AlreadyExistsException,
  AlreadyExistsException$,
  ArchivingOptions$,
  AssociateEmailIdentityCertificate$,
  AssociateEmailIdentityCertificateCommand,
  AssociateEmailIdentityCertificateRequest$,
  AssociateEmailIdentityCertificateResponse$,
  Attachment$,
  AttachmentContentDisposition,
  AttachmentContentTransferEncoding,
  BadRequestException,
  BadRequestException$,
  BatchGetMetricData$,
  BatchGetMetricDataCommand,
  BatchGetMetricDataQuery$,
  BatchGetMetricDataRequest$,
  BatchGetMetricDataResponse$,
  BehaviorOnMxFailure,
  BlacklistEntry$,
  Body$,
  Bounce$,
  BounceType,
  BulkEmailContent$,
  BulkEmailEntry$,
  BulkEmailEntryResult$,
  BulkEmailStatus,
  CancelExportJob$,
  CancelExportJobCommand,
  CancelExportJobRequest$,
  CancelExportJobResponse$,
  CloudWatchDestination$,
  CloudWatchDimensionConfiguration$,
  Complaint$,
  ConcurrentModificationException,
  ConcurrentModificationException$,
  ConfigurationOverrides$,
  ConflictException,
  ConflictException$,
  Contact$,
  ContactLanguage,
  ContactList$,
  ContactListDestination$,
  ContactListImportAction,
  Content$,
  CreateConfigurationSet$,
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestination$,
  CreateConfigurationSetEventDestinationCommand,
  CreateConfigurationSetEventDestinationRequest$,
  CreateConfigurationSetEventDestinationResponse$,
  CreateConfigurationSetRequest$,
  CreateConfigurationSetResponse$,
  CreateContact$,
  CreateContactCommand,
  CreateContactList$,
  CreateContactListCommand,
  CreateContactListRequest$,
  CreateContactListResponse$,
  CreateContactRequest$,
  CreateContactResponse$,
  CreateCustomVerificationEmailTemplate$,
  CreateCustomVerificationEmailTemplateCommand,
  CreateCustomVerificationEmailTemplateRequest$,
  CreateCustomVerificationEmailTemplateResponse$,
  CreateDedicatedIpPool$,
  CreateDedicatedIpPoolCommand,
  CreateDedicatedIpPoolRequest$,
  CreateDedicatedIpPoolResponse$,
  CreateDeliverabilityTestReport$,
  CreateDeliverabilityTestReportCommand,
  CreateDeliverabilityTestReportRequest$,
  CreateDeliverabilityTestReportResponse$,
  CreateEmailIdentity$,
  CreateEmailIdentityCommand,
  CreateEmailIdentityPolicy$,
  CreateEmailIdentityPolicyCommand,
  CreateEmailIdentityPolicyRequest$,
  CreateEmailIdentityPolicyResponse$,
  CreateEmailIdentityRequest$,
  CreateEmailIdentityResponse$,
  CreateEmailTemplate$,
  CreateEmailTemplateCommand,
  CreateEmailTemplateRequest$,
  CreateEmailTemplateResponse$,
  CreateExportJob$,
  CreateExportJobCommand,
  CreateExportJobRequest$,
  CreateExportJobResponse$,
  CreateImportJob$,
  CreateImportJobCommand,
  CreateImportJobRequest$,
  CreateImportJobResponse$,
  CreateMultiRegionEndpoint$,
  CreateMultiRegionEndpointCommand,
  CreateMultiRegionEndpointRequest$,
  CreateMultiRegionEndpointResponse$,
  CreateTenant$,
  CreateTenantCommand,
  CreateTenantRequest$,
  CreateTenantResourceAssociation$,
  CreateTenantResourceAssociationCommand,
  CreateTenantResourceAssociationRequest$,
  CreateTenantResourceAssociationResponse$,
  CreateTenantResponse$,
  CustomVerificationEmailTemplateMetadata$,
  DailyVolume$,
  DashboardAttributes$,
  DashboardOptions$,
  DataFormat,
  DedicatedIp$,
  DedicatedIpPool$,
  DefaultSigningScheme$,
  DeleteConfigurationSet$,
  DeleteConfigurationSetCommand,
  DeleteConfigurationSetEventDestination$,
  DeleteConfigurationSetEventDestinationCommand,
  DeleteConfigurationSetEventDestinationRequest$,
  DeleteConfigurationSetEventDestinationResponse$,
  DeleteConfigurationSetRequest$,
  DeleteConfigurationSetResponse$,
  DeleteContact$,
  DeleteContactCommand,
  DeleteContactList$,
  DeleteContactListCommand,
  DeleteContactListRequest$,
  DeleteContactListResponse$,
  DeleteContactRequest$,
  DeleteContactResponse$,
  DeleteCustomVerificationEmailTemplate$,
  DeleteCustomVerificationEmailTemplateCommand,
  DeleteCustomVerificationEmailTemplateRequest$,
  DeleteCustomVerificationEmailTemplateResponse$,
  DeleteDedicatedIpPool$,
  DeleteDedicatedIpPoolCommand,
  DeleteDedicatedIpPoolRequest$,
  DeleteDedicatedIpPoolResponse$,
  DeleteEmailIdentity$,
  DeleteEmailIdentityCommand,
  DeleteEmailIdentityPolicy$,
  DeleteEmailIdentityPolicyCommand,
  DeleteEmailIdentityPolicyRequest$,
  DeleteEmailIdentityPolicyResponse$,
  DeleteEmailIdentityRequest$,
  DeleteEmailIdentityResponse$,
  DeleteEmailTemplate$,
  DeleteEmailTemplateCommand,
  DeleteEmailTemplateRequest$,
  DeleteEmailTemplateResponse$,
  DeleteMultiRegionEndpoint$,
  DeleteMultiRegionEndpointCommand,
  DeleteMultiRegionEndpointRequest$,
  DeleteMultiRegionEndpointResponse$,
  DeleteSuppressedDestination$,
  DeleteSuppressedDestinationCommand,
  DeleteSuppressedDestinationRequest$,
  DeleteSuppressedDestinationResponse$,
  DeleteTenant$,
  DeleteTenantCommand,
  DeleteTenantRequest$,
  DeleteTenantResourceAssociation$,
  DeleteTenantResourceAssociationCommand,
  DeleteTenantResourceAssociationRequest$,
  DeleteTenantResourceAssociationResponse$,
  DeleteTenantResponse$,
  DeliverabilityDashboardAccountStatus,
  DeliverabilityTestReport$,
  DeliverabilityTestStatus,
  DeliveryEventType,
  DeliveryOptions$,
  Destination$,
  Details$,
  DimensionValueSource,
  DisassociateEmailIdentityCertificate$,
  DisassociateEmailIdentityCertificateCommand,
  DisassociateEmailIdentityCertificateRequest$,
  DisassociateEmailIdentityCertificateResponse$,
  DkimAttributes$,
  DkimSigningAttributes$,
  DkimSigningAttributesOrigin,
  DkimSigningKeyLength,
  DkimStatus,
  DomainDeliverabilityCampaign$,
  DomainDeliverabilityTrackingOption$,
  DomainIspPlacement$,
  EmailAddressInsightsConfidenceVerdict,
  EmailAddressInsightsMailboxEvaluations$,
  EmailAddressInsightsVerdict$,
  EmailContent$,
  EmailInsights$,
  EmailTemplateContent$,
  EmailTemplateMetadata$,
  EngagementEventType,
  EventBridgeDestination$,
  EventDestination$,
  EventDestinationDefinition$,
  EventDetails$,
  EventType,
  ExportDataSource$,
  ExportDestination$,
  ExportJobSummary$,
  ExportMetric$,
  ExportSourceType,
  ExportStatistics$,
  FailureInfo$,
  FeatureStatus,
  GetAccount$,
  GetAccountCommand,
  GetAccountRequest$,
  GetAccountResponse$,
  GetBlacklistReports$,
  GetBlacklistReportsCommand,
  GetBlacklistReportsRequest$,
  GetBlacklistReportsResponse$,
  GetConfigurationSet$,
  GetConfigurationSetCommand,
  GetConfigurationSetEventDestinations$,
  GetConfigurationSetEventDestinationsCommand,
  GetConfigurationSetEventDestinationsRequest$,
  GetConfigurationSetEventDestinationsResponse$,
  GetConfigurationSetRequest$,
  GetConfigurationSetResponse$,
  GetContact$,
  GetContactCommand,
  GetContactList$,
  GetContactListCommand,
  GetContactListRequest$,
  GetContactListResponse$,
  GetContactRequest$,
  GetContactResponse$,
  GetCustomVerificationEmailTemplate$,
  GetCustomVerificationEmailTemplateCommand,
  GetCustomVerificationEmailTemplateRequest$,
  GetCustomVerificationEmailTemplateResponse$,
  GetDedicatedIp$,
  GetDedicatedIpCommand,
  GetDedicatedIpPool$,
  GetDedicatedIpPoolCommand,
  GetDedicatedIpPoolRequest$,
  GetDedicatedIpPoolResponse$,
  GetDedicatedIpRequest$,
  GetDedicatedIpResponse$,
  GetDedicatedIps$,
  GetDedicatedIpsCommand,
  GetDedicatedIpsRequest$,
  GetDedicatedIpsResponse$,
  GetDeliverabilityDashboardOptions$,
  GetDeliverabilityDashboardOptionsCommand,
  GetDeliverabilityDashboardOptionsRequest$,
  GetDeliverabilityDashboardOptionsResponse$,
  GetDeliverabilityTestReport$,
  GetDeliverabilityTestReportCommand,
  GetDeliverabilityTestReportRequest$,
  GetDeliverabilityTestReportResponse$,
  GetDomainDeliverabilityCampaign$,
  GetDomainDeliverabilityCampaignCommand,
  GetDomainDeliverabilityCampaignRequest$,
  GetDomainDeliverabilityCampaignResponse$,
  GetDomainStatisticsReport$,
  GetDomainStatisticsReportCommand,
  GetDomainStatisticsReportRequest$,
  GetDomainStatisticsReportResponse$,
  GetEmailAddressInsights$,
  GetEmailAddressInsightsCommand,
  GetEmailAddressInsightsRequest$,
  GetEmailAddressInsightsResponse$,
  GetEmailIdentity$,
  GetEmailIdentityCommand,
  GetEmailIdentityPolicies$,
  GetEmailIdentityPoliciesCommand,
  GetEmailIdentityPoliciesRequest$,
  GetEmailIdentityPoliciesResponse$,
  GetEmailIdentityRequest$,
  GetEmailIdentityResponse$,
  GetEmailTemplate$,
  GetEmailTemplateCommand,
  GetEmailTemplateRequest$,
  GetEmailTemplateResponse$,
  GetExportJob$,
  GetExportJobCommand,
  GetExportJobRequest$,
  GetExportJobResponse$,
  GetImportJob$,
  GetImportJobCommand,
  GetImportJobRequest$,
  GetImportJobResponse$,
  GetMessageInsights$,
  GetMessageInsightsCommand,
  GetMessageInsightsRequest$,
  GetMessageInsightsResponse$,
  GetMultiRegionEndpoint$,
  GetMultiRegionEndpointCommand,
  GetMultiRegionEndpointRequest$,
  GetMultiRegionEndpointResponse$,
  GetReputationEntity$,
  GetReputationEntityCommand,
  GetReputationEntityRequest$,
  GetReputationEntityResponse$,
  GetSuppressedDestination$,
  GetSuppressedDestinationCommand,
  GetSuppressedDestinationRequest$,
  GetSuppressedDestinationResponse$,
  GetTenant$,
  GetTenantCommand,
  GetTenantRequest$,
  GetTenantResponse$,
  GuardianAttributes$,
  GuardianOptions$,
  HttpsPolicy,
  IdentityCertificate$,
  IdentityCertificateStatus,
  IdentityInfo$,
  IdentityType,
  ImportDataSource$,
  ImportDestination$,
  ImportDestinationType,
  ImportJobSummary$,
  InboxPlacementTrackingOption$,
  InsightsEvent$,
  InternalServiceErrorException,
  InternalServiceErrorException$,
  InvalidNextTokenException,
  InvalidNextTokenException$,
  IspPlacement$,
  JobStatus,
  KinesisFirehoseDestination$,
  LimitExceededException,
  LimitExceededException$,
  ListConfigurationSets$,
  ListConfigurationSetsCommand,
  ListConfigurationSetsRequest$,
  ListConfigurationSetsResponse$,
  ListContactLists$,
  ListContactListsCommand,
  ListContactListsRequest$,
  ListContactListsResponse$,
  ListContacts$,
  ListContactsCommand,
  ListContactsFilter$,
  ListContactsRequest$,
  ListContactsResponse$,
  ListCustomVerificationEmailTemplates$,
  ListCustomVerificationEmailTemplatesCommand,
  ListCustomVerificationEmailTemplatesRequest$,
  ListCustomVerificationEmailTemplatesResponse$,
  ListDedicatedIpPools$,
  ListDedicatedIpPoolsCommand,
  ListDedicatedIpPoolsRequest$,
  ListDedicatedIpPoolsResponse$,
  ListDeliverabilityTestReports$,
  ListDeliverabilityTestReportsCommand,
  ListDeliverabilityTestReportsRequest$,
  ListDeliverabilityTestReportsResponse$,
  ListDomainDeliverabilityCampaigns$,
  ListDomainDeliverabilityCampaignsCommand,
  ListDomainDeliverabilityCampaignsRequest$,
  ListDomainDeliverabilityCampaignsResponse$,
  ListEmailIdentities$,
  ListEmailIdentitiesCommand,
  ListEmailIdentitiesRequest$,
  ListEmailIdentitiesResponse$,
  ListEmailIdentityCertificates$,
  ListEmailIdentityCertificatesCommand,
  ListEmailIdentityCertificatesRequest$,
  ListEmailIdentityCertificatesResponse$,
  ListEmailTemplates$,
  ListEmailTemplatesCommand,
  ListEmailTemplatesRequest$,
  ListEmailTemplatesResponse$,
  ListExportJobs$,
  ListExportJobsCommand,
  ListExportJobsRequest$,
  ListExportJobsResponse$,
  ListImportJobs$,
  ListImportJobsCommand,
  ListImportJobsRequest$,
  ListImportJobsResponse$,
  ListManagementOptions$,
  ListMultiRegionEndpoints$,
  ListMultiRegionEndpointsCommand,
  ListMultiRegionEndpointsRequest$,
  ListMultiRegionEndpointsResponse$,
  ListRecommendations$,
  ListRecommendationsCommand,
  ListRecommendationsFilterKey,
  ListRecommendationsRequest$,
  ListRecommendationsResponse$,
  ListReputationEntities$,
  ListReputationEntitiesCommand,
  ListReputationEntitiesRequest$,
  ListReputationEntitiesResponse$,
  ListResourceTenants$,
  ListResourceTenantsCommand,
  ListResourceTenantsRequest$,
  ListResourceTenantsResponse$,
  ListSuppressedDestinations$,
  ListSuppressedDestinationsCommand,
  ListSuppressedDestinationsRequest$,
  ListSuppressedDestinationsResponse$,
  ListTagsForResource$,
  ListTagsForResourceCommand,
  ListTagsForResourceRequest$,
  ListTagsForResourceResponse$,
  ListTenantResources$,
  ListTenantResourcesCommand,
  ListTenantResourcesFilterKey,
  ListTenantResourcesRequest$,
  ListTenantResourcesResponse$,
  ListTenants$,
  ListTenantsCommand,
  ListTenantsRequest$,
  ListTenantsResponse$,
  MailFromAttributes$,
  MailFromDomainNotVerifiedException,
  MailFromDomainNotVerifiedException$,
  MailFromDomainStatus,
  MailType,
  MailboxValidation$,
  Message$,
  MessageHeader$,
  MessageInsightsDataSource$,
  MessageInsightsFilters$,
  MessageRejected,
  MessageRejected$,
  MessageSecurityOptions$,
  MessageTag$,
  Metric,
  MetricAggregation,
  MetricDataError$,
  MetricDataResult$,
  MetricDimensionName,
  MetricNamespace,
  MetricsDataSource$,
  MultiRegionEndpoint$,
  NotFoundException,
  NotFoundException$,
  OverallVolume$,
  PinpointDestination$,
  PlacementStatistics$,
  PricingAttributes$,
  PricingPlan,
  PutAccountDedicatedIpWarmupAttributes$,
  PutAccountDedicatedIpWarmupAttributesCommand,
  PutAccountDedicatedIpWarmupAttributesRequest$,
  PutAccountDedicatedIpWarmupAttributesResponse$,
  PutAccountDetails$,
  PutAccountDetailsCommand,
  PutAccountDetailsRequest$,
  PutAccountDetailsResponse$,
  PutAccountPricingAttributes$,
  PutAccountPricingAttributesCommand,
  PutAccountPricingAttributesRequest$,
  PutAccountPricingAttributesResponse$,
  PutAccountSendingAttributes$,
  PutAccountSendingAttributesCommand,
  PutAccountSendingAttributesRequest$,
  PutAccountSendingAttributesResponse$,
  PutAccountSuppressionAttributes$,
  PutAccountSuppressionAttributesCommand,
  PutAccountSuppressionAttributesRequest$,
  PutAccountSuppressionAttributesResponse$,
  PutAccountVdmAttributes$,
  PutAccountVdmAttributesCommand,
  PutAccountVdmAttributesRequest$,
  PutAccountVdmAttributesResponse$,
  PutConfigurationSetArchivingOptions$,
  PutConfigurationSetArchivingOptionsCommand,
  PutConfigurationSetArchivingOptionsRequest$,
  PutConfigurationSetArchivingOptionsResponse$,
  PutConfigurationSetDeliveryOptions$,
  PutConfigurationSetDeliveryOptionsCommand,
  PutConfigurationSetDeliveryOptionsRequest$,
  PutConfigurationSetDeliveryOptionsResponse$,
  PutConfigurationSetReputationOptions$,
  PutConfigurationSetReputationOptionsCommand,
  PutConfigurationSetReputationOptionsRequest$,
  PutConfigurationSetReputationOptionsResponse$,
  PutConfigurationSetSendingOptions$,
  PutConfigurationSetSendingOptionsCommand,
  PutConfigurationSetSendingOptionsRequest$,
  PutConfigurationSetSendingOptionsResponse$,
  PutConfigurationSetSuppressionOptions$,
  PutConfigurationSetSuppressionOptionsCommand,
  PutConfigurationSetSuppressionOptionsRequest$,
  PutConfigurationSetSuppressionOptionsResponse$,
  PutConfigurationSetTrackingOptions$,
  PutConfigurationSetTrackingOptionsCommand,
  PutConfigurationSetTrackingOptionsRequest$,
  PutConfigurationSetTrackingOptionsResponse$,
  PutConfigurationSetVdmOptions$,
  PutConfigurationSetVdmOptionsCommand,
  PutConfigurationSetVdmOptionsRequest$,
  PutConfigurationSetVdmOptionsResponse$,
  PutDedicatedIpInPool$,
  PutDedicatedIpInPoolCommand,
  PutDedicatedIpInPoolRequest$,
  PutDedicatedIpInPoolResponse$,
  PutDedicatedIpPoolScalingAttributes$,
  PutDedicatedIpPoolScalingAttributesCommand,
  PutDedicatedIpPoolScalingAttributesRequest$,
  PutDedicatedIpPoolScalingAttributesResponse$,
  PutDedicatedIpWarmupAttributes$,
  PutDedicatedIpWarmupAttributesCommand,
  PutDedicatedIpWarmupAttributesRequest$,
  PutDedicatedIpWarmupAttributesResponse$,
  PutDeliverabilityDashboardOption$,
  PutDeliverabilityDashboardOptionCommand,
  PutDeliverabilityDashboardOptionRequest$,
  PutDeliverabilityDashboardOptionResponse$,
  PutEmailIdentityConfigurationSetAttributes$,
  PutEmailIdentityConfigurationSetAttributesCommand,
  PutEmailIdentityConfigurationSetAttributesRequest$,
  PutEmailIdentityConfigurationSetAttributesResponse$,
  PutEmailIdentityDkimAttributes$,
  PutEmailIdentityDkimAttributesCommand,
  PutEmailIdentityDkimAttributesRequest$,
  PutEmailIdentityDkimAttributesResponse$,
  PutEmailIdentityDkimSigningAttributes$,
  PutEmailIdentityDkimSigningAttributesCommand,
  PutEmailIdentityDkimSigningAttributesRequest$,
  PutEmailIdentityDkimSigningAttributesResponse$,
  PutEmailIdentityFeedbackAttributes$,
  PutEmailIdentityFeedbackAttributesCommand,
  PutEmailIdentityFeedbackAttributesRequest$,
  PutEmailIdentityFeedbackAttributesResponse$,
  PutEmailIdentityMailFromAttributes$,
  PutEmailIdentityMailFromAttributesCommand,
  PutEmailIdentityMailFromAttributesRequest$,
  PutEmailIdentityMailFromAttributesResponse$,
  PutSuppressedDestination$,
  PutSuppressedDestinationCommand,
  PutSuppressedDestinationRequest$,
  PutSuppressedDestinationResponse$,
  PutTenantSuppressionAttributes$,
  PutTenantSuppressionAttributesCommand,
  PutTenantSuppressionAttributesRequest$,
  PutTenantSuppressionAttributesResponse$,
  QueryErrorCode,
  RawMessage$,
  Recommendation$,
  RecommendationImpact,
  RecommendationStatus,
  RecommendationType,
  ReplacementEmailContent$,
  ReplacementTemplate$,
  ReputationEntity$,
  ReputationEntityFilterKey,
  ReputationEntityType,
  ReputationOptions$,
  ResourceTenantMetadata$,
  ResourceType,
  ReviewDetails$,
  ReviewStatus,
  Route$,
  RouteDetails$,
  SESv2,
  SESv2Client,
  SESv2ServiceException,
  SESv2ServiceException$,
  SOARecord$,
  ScalingMode,
  SendBulkEmail$,
  SendBulkEmailCommand,
  SendBulkEmailRequest$,
  SendBulkEmailResponse$,
  SendCustomVerificationEmail$,
  SendCustomVerificationEmailCommand,
  SendCustomVerificationEmailRequest$,
  SendCustomVerificationEmailResponse$,
  SendEmail$,
  SendEmailCommand,
  SendEmailRequest$,
  SendEmailResponse$,
  SendQuota$,
  SendingOptions$,
  SendingPausedException,
  SendingPausedException$,
  SendingStatus,
  SignatureFormat,
  SigningScheme$,
  SmimeSigningScheme$,
  SnsDestination$,
  Status,
  StatusRecord$,
  SubscriptionStatus,
  SuppressedDestination$,
  SuppressedDestinationAttributes$,
  SuppressedDestinationSummary$,
  SuppressionAttributes$,
  SuppressionConditionThreshold$,
  SuppressionConfidenceThreshold$,
  SuppressionConfidenceVerdictThreshold,
  SuppressionListDestination$,
  SuppressionListImportAction,
  SuppressionListReason,
  SuppressionListScope,
  SuppressionOptions$,
  SuppressionValidationAttributes$,
  SuppressionValidationOptions$,
  Tag$,
  TagResource$,
  TagResourceCommand,
  TagResourceRequest$,
  TagResourceResponse$,
  Template$,
  Tenant$,
  TenantInfo$,
  TenantResource$,
  TenantSuppressionAttributes$,
  TestRenderEmailTemplate$,
  TestRenderEmailTemplateCommand,
  TestRenderEmailTemplateRequest$,
  TestRenderEmailTemplateResponse$,
  TlsPolicy,
  TooManyRequestsException,
  TooManyRequestsException$,
  Topic$,
  TopicFilter$,
  TopicPreference$,
  TrackingConfigurationOverrides$,
  TrackingOptions$,
  UntagResource$,
  UntagResourceCommand,
  UntagResourceRequest$,
  UntagResourceResponse$,
  UpdateConfigurationSet$,
  UpdateConfigurationSetCommand,
  UpdateConfigurationSetEventDestination$,
  UpdateConfigurationSetEventDestinationCommand,
  UpdateConfigurationSetEventDestinationRequest$,
  UpdateConfigurationSetEventDestinationResponse$,
  UpdateConfigurationSetRequest$,
  UpdateConfigurationSetResponse$,
  UpdateContact$,
  UpdateContactCommand,
  UpdateContactList$,
  UpdateContactListCommand,
  UpdateContactListRequest$,
  UpdateContactListResponse$,
  UpdateContactRequest$,
  UpdateContactResponse$,
  UpdateCustomVerificationEmailTemplate$,
  UpdateCustomVerificationEmailTemplateCommand,
  UpdateCustomVerificationEmailTemplateRequest$,
  UpdateCustomVerificationEmailTemplateResponse$,
  UpdateEmailIdentityPolicy$,
  UpdateEmailIdentityPolicyCommand,
  UpdateEmailIdentityPolicyRequest$,
  UpdateEmailIdentityPolicyResponse$,
  UpdateEmailTemplate$,
  UpdateEmailTemplateCommand,
  UpdateEmailTemplateRequest$,
  UpdateEmailTemplateResponse$,
  UpdateReputationEntityCustomerManagedStatus$,
  UpdateReputationEntityCustomerManagedStatusCommand,
  UpdateReputationEntityCustomerManagedStatusRequest$,
  UpdateReputationEntityCustomerManagedStatusResponse$,
  UpdateReputationEntityPolicy$,
  UpdateReputationEntityPolicyCommand,
  UpdateReputationEntityPolicyRequest$,
  UpdateReputationEntityPolicyResponse$,
  VdmAttributes$,
  VdmOptions$,
  VerificationError,
  VerificationInfo$,
  VerificationStatus,
  VolumeStatistics$,
  WarmupStatus,
  Client as __Client,
  errorTypeRegistries,
  paginateGetDedicatedIps,
  paginateListConfigurationSets,
  paginateListContactLists,
  paginateListContacts,
  paginateListCustomVerificationEmailTemplates,
  paginateListDedicatedIpPools,
  paginateListDeliverabilityTestReports,
  paginateListDomainDeliverabilityCampaigns,
  paginateListEmailIdentities,
  paginateListEmailIdentityCertificates,
  paginateListEmailTemplates,
  paginateListExportJobs,
  paginateListImportJobs,
  paginateListMultiRegionEndpoints,
  paginateListRecommendations,
  paginateListReputationEntities,
  paginateListResourceTenants,
  paginateListSuppressedDestinations,
  paginateListTenantResources,
  paginateListTenants
};
