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

// node_modules/@aws-sdk/client-wafv2/dist-es/auth/httpAuthSchemeProvider.js
var defaultWAFV2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "wafv2",
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
var defaultWAFV2HttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-wafv2/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "wafv2"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-wafv2/package.json
var package_default = {
  name: "@aws-sdk/client-wafv2",
  version: "3.1138.0",
  description: "AWS SDK for JavaScript Wafv2 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-wafv2",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-wafv2"
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

// node_modules/@aws-sdk/client-wafv2/dist-es/endpoint/bdd.js
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
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://wafv2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://wafv2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://wafv2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://wafv2.{Region}.{PartitionResult#dnsSuffix}", i],
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
  12,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 10,
  5,
  r + 8,
  r + 9,
  4,
  10,
  9,
  6,
  r + 6,
  r + 7,
  5,
  11,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  13,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-wafv2/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-wafv2/dist-es/models/WAFV2ServiceException.js
var WAFV2ServiceException = class _WAFV2ServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _WAFV2ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-wafv2/dist-es/models/errors.js
var WAFFeatureNotIncludedInPricingPlanException = class _WAFFeatureNotIncludedInPricingPlanException extends WAFV2ServiceException {
  name = "WAFFeatureNotIncludedInPricingPlanException";
  $fault = "client";
  Message;
  DisallowedFeatures;
  constructor(opts) {
    super({
      name: "WAFFeatureNotIncludedInPricingPlanException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFFeatureNotIncludedInPricingPlanException.prototype);
    this.Message = opts.Message;
    this.DisallowedFeatures = opts.DisallowedFeatures;
  }
};
var WAFInternalErrorException = class _WAFInternalErrorException extends WAFV2ServiceException {
  name = "WAFInternalErrorException";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "WAFInternalErrorException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFInternalErrorException.prototype);
    this.Message = opts.Message;
  }
};
var WAFInvalidOperationException = class _WAFInvalidOperationException extends WAFV2ServiceException {
  name = "WAFInvalidOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFInvalidOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFInvalidOperationException.prototype);
    this.Message = opts.Message;
  }
};
var WAFInvalidParameterException = class _WAFInvalidParameterException extends WAFV2ServiceException {
  name = "WAFInvalidParameterException";
  $fault = "client";
  Field;
  Parameter;
  Reason;
  constructor(opts) {
    super({
      name: "WAFInvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFInvalidParameterException.prototype);
    this.Field = opts.Field;
    this.Parameter = opts.Parameter;
    this.Reason = opts.Reason;
  }
};
var WAFLimitsExceededException = class _WAFLimitsExceededException extends WAFV2ServiceException {
  name = "WAFLimitsExceededException";
  $fault = "client";
  Message;
  SourceType;
  constructor(opts) {
    super({
      name: "WAFLimitsExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFLimitsExceededException.prototype);
    this.Message = opts.Message;
    this.SourceType = opts.SourceType;
  }
};
var WAFNonexistentItemException = class _WAFNonexistentItemException extends WAFV2ServiceException {
  name = "WAFNonexistentItemException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFNonexistentItemException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFNonexistentItemException.prototype);
    this.Message = opts.Message;
  }
};
var WAFUnavailableEntityException = class _WAFUnavailableEntityException extends WAFV2ServiceException {
  name = "WAFUnavailableEntityException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFUnavailableEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFUnavailableEntityException.prototype);
    this.Message = opts.Message;
  }
};
var WAFExpiredManagedRuleGroupVersionException = class _WAFExpiredManagedRuleGroupVersionException extends WAFV2ServiceException {
  name = "WAFExpiredManagedRuleGroupVersionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFExpiredManagedRuleGroupVersionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFExpiredManagedRuleGroupVersionException.prototype);
    this.Message = opts.Message;
  }
};
var WAFInvalidResourceException = class _WAFInvalidResourceException extends WAFV2ServiceException {
  name = "WAFInvalidResourceException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFInvalidResourceException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFInvalidResourceException.prototype);
    this.Message = opts.Message;
  }
};
var WAFSubscriptionNotFoundException = class _WAFSubscriptionNotFoundException extends WAFV2ServiceException {
  name = "WAFSubscriptionNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFSubscriptionNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFSubscriptionNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var WAFDuplicateItemException = class _WAFDuplicateItemException extends WAFV2ServiceException {
  name = "WAFDuplicateItemException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFDuplicateItemException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFDuplicateItemException.prototype);
    this.Message = opts.Message;
  }
};
var WAFOptimisticLockException = class _WAFOptimisticLockException extends WAFV2ServiceException {
  name = "WAFOptimisticLockException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFOptimisticLockException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFOptimisticLockException.prototype);
    this.Message = opts.Message;
  }
};
var WAFTagOperationException = class _WAFTagOperationException extends WAFV2ServiceException {
  name = "WAFTagOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFTagOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFTagOperationException.prototype);
    this.Message = opts.Message;
  }
};
var WAFTagOperationInternalErrorException = class _WAFTagOperationInternalErrorException extends WAFV2ServiceException {
  name = "WAFTagOperationInternalErrorException";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "WAFTagOperationInternalErrorException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFTagOperationInternalErrorException.prototype);
    this.Message = opts.Message;
  }
};
var WAFConfigurationWarningException = class _WAFConfigurationWarningException extends WAFV2ServiceException {
  name = "WAFConfigurationWarningException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFConfigurationWarningException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFConfigurationWarningException.prototype);
    this.Message = opts.Message;
  }
};
var WAFAssociatedItemException = class _WAFAssociatedItemException extends WAFV2ServiceException {
  name = "WAFAssociatedItemException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFAssociatedItemException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFAssociatedItemException.prototype);
    this.Message = opts.Message;
  }
};
var WAFUnsupportedAggregateKeyTypeException = class _WAFUnsupportedAggregateKeyTypeException extends WAFV2ServiceException {
  name = "WAFUnsupportedAggregateKeyTypeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFUnsupportedAggregateKeyTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFUnsupportedAggregateKeyTypeException.prototype);
    this.Message = opts.Message;
  }
};
var WAFLogDestinationPermissionIssueException = class _WAFLogDestinationPermissionIssueException extends WAFV2ServiceException {
  name = "WAFLogDestinationPermissionIssueException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFLogDestinationPermissionIssueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFLogDestinationPermissionIssueException.prototype);
    this.Message = opts.Message;
  }
};
var WAFServiceLinkedRoleErrorException = class _WAFServiceLinkedRoleErrorException extends WAFV2ServiceException {
  name = "WAFServiceLinkedRoleErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "WAFServiceLinkedRoleErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFServiceLinkedRoleErrorException.prototype);
  }
};
var WAFInvalidPermissionPolicyException = class _WAFInvalidPermissionPolicyException extends WAFV2ServiceException {
  name = "WAFInvalidPermissionPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "WAFInvalidPermissionPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WAFInvalidPermissionPolicyException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-wafv2/dist-es/schemas/schemas_0.js
var _A = "Action";
var _AA = "AllowAction";
var _AAp = "ApplicationAttribute";
var _AApp = "ApplicationAttributes";
var _AC = "ActionCondition";
var _ACp = "ApplicationConfig";
var _ACs = "AssociationConfig";
var _AF = "AddressField";
var _AFd = "AddressFields";
var _AIURL = "ApplicationIntegrationURL";
var _AKT = "AggregateKeyType";
var _AL = "AsnList";
var _ALBLRM = "ALBLowReputationMode";
var _ALv = "AvailableLabels";
var _AMS = "AsnMatchStatement";
var _APIK = "APIKey";
var _APIKS = "APIKeySummary";
var _APIKSe = "APIKeySummaries";
var _AQA = "AllQueryArguments";
var _ARGA = "AssociatedRuleGroupArn";
var _ARN = "ARN";
var _AS = "AndStatement";
var _ASN = "ASN";
var _ATU = "ActionToUse";
var _AWACL = "AssociateWebACL";
var _AWACLR = "AssociateWebACLRequest";
var _AWACLRs = "AssociateWebACLResponse";
var _AWSMRACFPRS = "AWSManagedRulesACFPRuleSet";
var _AWSMRADDSRS = "AWSManagedRulesAntiDDoSRuleSet";
var _AWSMRATPRS = "AWSManagedRulesATPRuleSet";
var _AWSMRBCRS = "AWSManagedRulesBotControlRuleSet";
var _Ad = "Addresses";
var _Al = "All";
var _All = "Allow";
var _Am = "Amount";
var _At = "Attributes";
var _B = "Body";
var _BA = "BlockAction";
var _BC = "BotCategory";
var _BCo = "BodyContains";
var _BMS = "ByteMatchStatement";
var _BN = "BotName";
var _BO = "BotOrganization";
var _BS = "BotStatistics";
var _BSL = "BotStatisticsList";
var _Be = "Behavior";
var _Bl = "Block";
var _C = "Capacity";
var _CA = "CaptchaAction";
var _CAPIK = "CreateAPIKey";
var _CAPIKR = "CreateAPIKeyRequest";
var _CAPIKRr = "CreateAPIKeyResponse";
var _CAh = "ChallengeAction";
var _CAo = "CountAction";
var _CC = "CaptchaConfig";
var _CCR = "CheckCapacityRequest";
var _CCRh = "CheckCapacityResponse";
var _CCh = "ChallengeConfig";
var _CChe = "CheckCapacity";
var _CCo = "CountryCodes";
var _CCr = "CryptoConfig";
var _CDV = "CurrentDefaultVersion";
var _CHTTPH = "CustomHTTPHeader";
var _CHTTPHu = "CustomHTTPHeaders";
var _CIP = "ClientIP";
var _CIPS = "CreateIPSet";
var _CIPSR = "CreateIPSetRequest";
var _CIPSRr = "CreateIPSetResponse";
var _CK = "CustomKeys";
var _CL = "ConsumedLabels";
var _CM = "CurrencyMode";
var _CMP = "CookieMatchPattern";
var _CO = "ComparisonOperator";
var _CP = "CreationPath";
var _CPo = "ContentPath";
var _CR = "CustomResponse";
var _CRB = "CustomResponseBodies";
var _CRBK = "CustomResponseBodyKey";
var _CRBu = "CustomResponseBody";
var _CRG = "CreateRuleGroup";
var _CRGR = "CreateRuleGroupRequest";
var _CRGRr = "CreateRuleGroupResponse";
var _CRH = "CustomRequestHandling";
var _CRPS = "CreateRegexPatternSet";
var _CRPSR = "CreateRegexPatternSetRequest";
var _CRPSRr = "CreateRegexPatternSetResponse";
var _CRa = "CaptchaResponse";
var _CRh = "ChallengeResponse";
var _CSA = "ClientSideAction";
var _CSAC = "ClientSideActionConfig";
var _CT = "CreationTimestamp";
var _CTo = "ContentType";
var _CWACL = "CreateWebACL";
var _CWACLR = "CreateWebACLRequest";
var _CWACLRr = "CreateWebACLResponse";
var _CWME = "CloudWatchMetricsEnabled";
var _Ca = "Category";
var _Cap = "Captcha";
var _Ch = "Challenge";
var _Cha = "Chain";
var _Co = "Condition";
var _Con = "Content";
var _Cond = "Conditions";
var _Coo = "Cookies";
var _Cook = "Cookie";
var _Cou = "Country";
var _Coun = "Count";
var _Cu = "Currency";
var _D = "Description";
var _DA = "DefaultAction";
var _DAMP = "DescribeAllManagedProducts";
var _DAMPR = "DescribeAllManagedProductsRequest";
var _DAMPRe = "DescribeAllManagedProductsResponse";
var _DAPIK = "DeleteAPIKey";
var _DAPIKR = "DeleteAPIKeyRequest";
var _DAPIKRe = "DeleteAPIKeyResponse";
var _DB = "DefaultBehavior";
var _DF = "DisallowedFeatures";
var _DFMRG = "DeleteFirewallManagerRuleGroups";
var _DFMRGR = "DeleteFirewallManagerRuleGroupsRequest";
var _DFMRGRe = "DeleteFirewallManagerRuleGroupsResponse";
var _DFi = "DisallowedFeature";
var _DIPS = "DeleteIPSet";
var _DIPSR = "DeleteIPSetRequest";
var _DIPSRe = "DeleteIPSetResponse";
var _DLC = "DeleteLoggingConfiguration";
var _DLCR = "DeleteLoggingConfigurationRequest";
var _DLCRe = "DeleteLoggingConfigurationResponse";
var _DMPBV = "DescribeManagedProductsByVendor";
var _DMPBVR = "DescribeManagedProductsByVendorRequest";
var _DMPBVRe = "DescribeManagedProductsByVendorResponse";
var _DMRG = "DescribeManagedRuleGroup";
var _DMRGR = "DescribeManagedRuleGroupRequest";
var _DMRGRe = "DescribeManagedRuleGroupResponse";
var _DP = "DataProtection";
var _DPC = "DataProtectionConfig";
var _DPE = "DataPointEntry";
var _DPL = "DataPointsList";
var _DPP = "DeletePermissionPolicy";
var _DPPR = "DeletePermissionPolicyRequest";
var _DPPRe = "DeletePermissionPolicyResponse";
var _DPa = "DataProtections";
var _DPat = "DataPoints";
var _DRG = "DeleteRuleGroup";
var _DRGR = "DeleteRuleGroupRequest";
var _DRGRe = "DeleteRuleGroupResponse";
var _DRPS = "DeleteRegexPatternSet";
var _DRPSR = "DeleteRegexPatternSetRequest";
var _DRPSRe = "DeleteRegexPatternSetResponse";
var _DSIL = "DefaultSizeInspectionLimit";
var _DWACL = "DeleteWebACL";
var _DWACLR = "DeleteWebACLRequest";
var _DWACLRe = "DeleteWebACLResponse";
var _DWACLRi = "DisassociateWebACLRequest";
var _DWACLRis = "DisassociateWebACLResponse";
var _DWACLi = "DisassociateWebACL";
var _Da = "Date";
var _EC = "ExcludedCookies";
var _EF = "EmailField";
var _EH = "ExcludedHeaders";
var _EML = "EnableMachineLearning";
var _ER = "ExcludedRule";
var _ERBD = "ExcludeRateBasedDetails";
var _ERIP = "EnableRegexInPath";
var _ERMD = "ExcludeRuleMatchDetails";
var _ERx = "ExcludedRules";
var _ET = "ExpiryTimestamp";
var _ETn = "EndTime";
var _EURE = "ExemptUriRegularExpressions";
var _EV = "ExpiringVersion";
var _EWS = "EvaluationWindowSec";
var _F = "Field";
var _FB = "FallbackBehavior";
var _FC = "FailureCodes";
var _FIP = "ForwardedIP";
var _FIPC = "ForwardedIPConfig";
var _FK = "FieldKeys";
var _FL = "ForecastedLifetime";
var _FMRG = "FirewallManagerRuleGroup";
var _FMRGi = "FirewallManagerRuleGroups";
var _FMS = "FirewallManagerStatement";
var _FR = "FailureReason";
var _FS = "FilterSource";
var _FSa = "FailureStrings";
var _FT = "FieldType";
var _FTM = "FieldToMatch";
var _FTP = "FieldToProtect";
var _FV = "FailureValues";
var _Fe = "Feature";
var _Fi = "Filter";
var _Fil = "Filters";
var _GB = "GroupBy";
var _GBV = "GroupByValue";
var _GDAPIK = "GetDecryptedAPIKey";
var _GDAPIKR = "GetDecryptedAPIKeyRequest";
var _GDAPIKRe = "GetDecryptedAPIKeyResponse";
var _GIPS = "GetIPSet";
var _GIPSR = "GetIPSetRequest";
var _GIPSRe = "GetIPSetResponse";
var _GLC = "GetLoggingConfiguration";
var _GLCR = "GetLoggingConfigurationRequest";
var _GLCRe = "GetLoggingConfigurationResponse";
var _GMRS = "GetManagedRuleSet";
var _GMRSR = "GetManagedRuleSetRequest";
var _GMRSRe = "GetManagedRuleSetResponse";
var _GMS = "GeoMatchStatement";
var _GMSR = "GetMobileSdkRelease";
var _GMSRR = "GetMobileSdkReleaseRequest";
var _GMSRRe = "GetMobileSdkReleaseResponse";
var _GMSRU = "GenerateMobileSdkReleaseUrl";
var _GMSRUR = "GenerateMobileSdkReleaseUrlRequest";
var _GMSRURe = "GenerateMobileSdkReleaseUrlResponse";
var _GPP = "GetPermissionPolicy";
var _GPPR = "GetPermissionPolicyRequest";
var _GPPRe = "GetPermissionPolicyResponse";
var _GRBSMK = "GetRateBasedStatementManagedKeys";
var _GRBSMKR = "GetRateBasedStatementManagedKeysRequest";
var _GRBSMKRe = "GetRateBasedStatementManagedKeysResponse";
var _GRG = "GetRuleGroup";
var _GRGR = "GetRuleGroupRequest";
var _GRGRe = "GetRuleGroupResponse";
var _GRPS = "GetRegexPatternSet";
var _GRPSR = "GetRegexPatternSetRequest";
var _GRPSRe = "GetRegexPatternSetResponse";
var _GRS = "GetRevenueStatistics";
var _GRSR = "GetRevenueStatisticsRequest";
var _GRSRe = "GetRevenueStatisticsResponse";
var _GRSS = "GetRevenueStatisticsSummary";
var _GRSSR = "GetRevenueStatisticsSummaryRequest";
var _GRSSRe = "GetRevenueStatisticsSummaryResponse";
var _GRSTS = "GetRevenueStatisticsTimeSeries";
var _GRSTSR = "GetRevenueStatisticsTimeSeriesRequest";
var _GRSTSRe = "GetRevenueStatisticsTimeSeriesResponse";
var _GSR = "GetSampledRequests";
var _GSRR = "GetSampledRequestsRequest";
var _GSRRe = "GetSampledRequestsResponse";
var _GTPSBT = "GetTopPathStatisticsByTraffic";
var _GTPSBTR = "GetTopPathStatisticsByTrafficRequest";
var _GTPSBTRe = "GetTopPathStatisticsByTrafficResponse";
var _GWACL = "GetWebACL";
var _GWACLFR = "GetWebACLForResource";
var _GWACLFRR = "GetWebACLForResourceRequest";
var _GWACLFRRe = "GetWebACLForResourceResponse";
var _GWACLR = "GetWebACLRequest";
var _GWACLRe = "GetWebACLResponse";
var _H = "Headers";
var _HMP = "HeaderMatchPattern";
var _HN = "HeaderName";
var _HO = "HeaderOrder";
var _HTTPH = "HTTPHeader";
var _HTTPHe = "HTTPHeaders";
var _HTTPM = "HTTPMethod";
var _HTTPR = "HTTPRequest";
var _HTTPV = "HTTPVersion";
var _He = "Header";
var _I = "Identifier";
var _IAMRS = "IsAdvancedManagedRuleSet";
var _IC = "IncludedCookies";
var _IFB = "InvalidFallbackBehavior";
var _IH = "InsertHeaders";
var _IHn = "IncludedHeaders";
var _IL = "InspectionLevel";
var _IP = "IncludedPaths";
var _IPAV = "IPAddressVersion";
var _IPS = "IPSet";
var _IPSFIPC = "IPSetForwardedIPConfig";
var _IPSRS = "IPSetReferenceStatement";
var _IPSS = "IPSetSummary";
var _IPSSe = "IPSetSummaries";
var _IPSe = "IPSets";
var _IP_ = "IP";
var _IT = "ImmunityTime";
var _ITP = "ImmunityTimeProperty";
var _IVS = "IsVersioningSupported";
var _Id = "Id";
var _In = "Intent";
var _Int = "Interval";
var _J = "Json";
var _JAF = "JA3Fingerprint";
var _JAFi = "JA4Fingerprint";
var _JB = "JsonBody";
var _JMP = "JsonMatchPattern";
var _K = "Key";
var _L = "Limit";
var _LAMRG = "ListAvailableManagedRuleGroups";
var _LAMRGR = "ListAvailableManagedRuleGroupsRequest";
var _LAMRGRi = "ListAvailableManagedRuleGroupsResponse";
var _LAMRGV = "ListAvailableManagedRuleGroupVersions";
var _LAMRGVR = "ListAvailableManagedRuleGroupVersionsRequest";
var _LAMRGVRi = "ListAvailableManagedRuleGroupVersionsResponse";
var _LAPIK = "ListAPIKeys";
var _LAPIKR = "ListAPIKeysRequest";
var _LAPIKRi = "ListAPIKeysResponse";
var _LC = "LoggingConfiguration";
var _LCo = "LoggingConfigurations";
var _LDC = "LogDestinationConfigs";
var _LF = "LoggingFilter";
var _LIPS = "ListIPSets";
var _LIPSR = "ListIPSetsRequest";
var _LIPSRi = "ListIPSetsResponse";
var _LLC = "ListLoggingConfigurations";
var _LLCR = "ListLoggingConfigurationsRequest";
var _LLCRi = "ListLoggingConfigurationsResponse";
var _LMRS = "ListManagedRuleSets";
var _LMRSR = "ListManagedRuleSetsRequest";
var _LMRSRi = "ListManagedRuleSetsResponse";
var _LMS = "LabelMatchStatement";
var _LMSR = "ListMobileSdkReleases";
var _LMSRR = "ListMobileSdkReleasesRequest";
var _LMSRRi = "ListMobileSdkReleasesResponse";
var _LN = "LabelNamespace";
var _LNC = "LabelNameCondition";
var _LNa = "LabelName";
var _LP = "LoginPath";
var _LRFWACL = "ListResourcesForWebACL";
var _LRFWACLR = "ListResourcesForWebACLRequest";
var _LRFWACLRi = "ListResourcesForWebACLResponse";
var _LRG = "ListRuleGroups";
var _LRGR = "ListRuleGroupsRequest";
var _LRGRi = "ListRuleGroupsResponse";
var _LRPS = "ListRegexPatternSets";
var _LRPSR = "ListRegexPatternSetsRequest";
var _LRPSRi = "ListRegexPatternSetsResponse";
var _LS = "LogScope";
var _LSR = "ListSettlementRecords";
var _LSRR = "ListSettlementRecordsRequest";
var _LSRRi = "ListSettlementRecordsResponse";
var _LSa = "LabelSummary";
var _LSab = "LabelSummaries";
var _LT = "LockToken";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTo = "LogType";
var _LUT = "LastUpdateTimestamp";
var _LWACL = "ListWebACLs";
var _LWACLR = "ListWebACLsRequest";
var _LWACLRi = "ListWebACLsResponse";
var _La = "Label";
var _Lab = "Labels";
var _M = "Message";
var _MA = "MonetizeAction";
var _MBFM = "ManagedByFirewallManager";
var _MC = "MonetizationConfig";
var _MF = "MonetizationFilter";
var _MFL = "MonetizationFilterList";
var _MI = "MaxItems";
var _MKIPV = "ManagedKeysIPV4";
var _MKIPVa = "ManagedKeysIPV6";
var _MN = "MetricName";
var _MP = "MatchPattern";
var _MPD = "ManagedProductDescriptor";
var _MPDa = "ManagedProductDescriptors";
var _MPa = "ManagedProducts";
var _MRG = "ManagedRuleGroups";
var _MRGC = "ManagedRuleGroupConfig";
var _MRGCa = "ManagedRuleGroupConfigs";
var _MRGS = "ManagedRuleGroupStatement";
var _MRGSa = "ManagedRuleGroupSummary";
var _MRGSan = "ManagedRuleGroupSummaries";
var _MRGV = "ManagedRuleGroupVersion";
var _MRGVa = "ManagedRuleGroupVersions";
var _MRS = "ManagedRuleSet";
var _MRSN = "ManagedRuleSetName";
var _MRSS = "ManagedRuleSetSummary";
var _MRSSa = "ManagedRuleSetSummaries";
var _MRSV = "ManagedRuleSetVersion";
var _MRSa = "ManagedRuleSets";
var _MS = "MatchScope";
var _MSC = "MonetizeServedCount";
var _MSR = "MobileSdkRelease";
var _Me = "Method";
var _Mo = "Monetize";
var _N = "Name";
var _NA = "NoneAction";
var _NLT = "NextLockToken";
var _NM = "NextMarker";
var _NOTTBPP = "NumberOfTopTrafficBotsPerPath";
var _NS = "NotStatement";
var _NWACLLT = "NextWebACLLockToken";
var _Na = "Namespace";
var _Ne = "Network";
var _No = "None";
var _O = "Organization";
var _OA = "OverrideAction";
var _OAv = "OverriddenAction";
var _OH = "OversizeHandling";
var _OS = "OrStatement";
var _OSDDSPC = "OnSourceDDoSProtectionConfig";
var _P = "Parameter";
var _PA = "PayerAddress";
var _PC = "PositionalConstraint";
var _PD = "ProductDescription";
var _PF = "PasswordField";
var _PI = "ProductId";
var _PL = "ProductLink";
var _PLC = "PutLoggingConfiguration";
var _PLCR = "PutLoggingConfigurationRequest";
var _PLCRu = "PutLoggingConfigurationResponse";
var _PM = "PriceMultiplier";
var _PMRSV = "PutManagedRuleSetVersions";
var _PMRSVR = "PutManagedRuleSetVersionsRequest";
var _PMRSVRu = "PutManagedRuleSetVersionsResponse";
var _PN = "PaymentNetworks";
var _PNF = "PhoneNumberField";
var _PNFh = "PhoneNumberFields";
var _PNa = "PaymentNetwork";
var _PPFMRG = "PreProcessFirewallManagerRuleGroups";
var _PPFMRGo = "PostProcessFirewallManagerRuleGroups";
var _PPP = "PutPermissionPolicy";
var _PPPR = "PutPermissionPolicyRequest";
var _PPPRu = "PutPermissionPolicyResponse";
var _PPTT = "PreParseTextTransformations";
var _PPTTr = "PreParseTextTransformation";
var _PS = "PopulationSize";
var _PSL = "PathStatisticsList";
var _PSa = "PathStatistics";
var _PT = "ProductTitle";
var _PTa = "PayloadType";
var _PTu = "PublishTimestamp";
var _PV = "PublishedVersions";
var _Pa = "Path";
var _Pe = "Percentage";
var _Pl = "Platform";
var _Po = "Policy";
var _Pos = "Position";
var _Pr = "Priority";
var _Pri = "Prices";
var _Pric = "Price";
var _QA = "QueryArgument";
var _QS = "QueryString";
var _R = "Reason";
var _RA = "ResourceArn";
var _RAO = "RuleActionOverrides";
var _RAOu = "RuleActionOverride";
var _RARN = "ResourceARN";
var _RAe = "ResourceArns";
var _RAu = "RuleAction";
var _RB = "RequestBody";
var _RBARTC = "RequestBodyAssociatedResourceTypeConfig";
var _RBFM = "RetrofittedByFirewallManager";
var _RBS = "RateBasedStatement";
var _RBSCK = "RateBasedStatementCustomKey";
var _RBSCKa = "RateBasedStatementCustomKeys";
var _RBSMKIPS = "RateBasedStatementManagedKeysIPSet";
var _RBe = "RevenueBreakdown";
var _RC = "RequestCount";
var _RCS = "ResponseCodeSent";
var _RCe = "ResponseCode";
var _REL = "RegularExpressionList";
var _RF = "RedactedFields";
var _RG = "RuleGroup";
var _RGRN = "RuleGroupRuleName";
var _RGRS = "RuleGroupReferenceStatement";
var _RGS = "RuleGroupSummary";
var _RGSu = "RuleGroupSummaries";
var _RGu = "RuleGroups";
var _RH = "ResponseHeaders";
var _RHI = "RequestHeadersInserted";
var _RI = "RequestInspection";
var _RIACFP = "RequestInspectionACFP";
var _RIBC = "ResponseInspectionBodyContains";
var _RIH = "ResponseInspectionHeader";
var _RIJ = "ResponseInspectionJson";
var _RISC = "ResponseInspectionStatusCode";
var _RIe = "ResponseInspection";
var _RIeq = "RequestId";
var _RL = "RuleLabels";
var _RLA = "RateLimitAsn";
var _RLC = "RateLimitCookie";
var _RLFIP = "RateLimitForwardedIP";
var _RLH = "RateLimitHeader";
var _RLHTTPM = "RateLimitHTTPMethod";
var _RLIP = "RateLimitIP";
var _RLJAF = "RateLimitJA3Fingerprint";
var _RLJAFa = "RateLimitJA4Fingerprint";
var _RLLN = "RateLimitLabelNamespace";
var _RLQA = "RateLimitQueryArgument";
var _RLQS = "RateLimitQueryString";
var _RLUP = "RateLimitUriPath";
var _RMN = "RuleMetricName";
var _RMS = "RegexMatchStatement";
var _RN = "RuleName";
var _RNWRG = "RuleNameWithinRuleGroup";
var _RNe = "ReleaseNotes";
var _RPP = "RegistrationPagePath";
var _RPPe = "RequiredPricingPlan";
var _RPS = "RegexPatternSet";
var _RPSL = "RevenuePathStatisticsList";
var _RPSRS = "RegexPatternSetReferenceStatement";
var _RPSS = "RegexPatternSetSummary";
var _RPSSe = "RegexPatternSetSummaries";
var _RPSe = "RevenuePathStatistics";
var _RPSeg = "RegexPatternSets";
var _RS = "ReleaseSummaries";
var _RSe = "RegexString";
var _RSel = "ReleaseSummary";
var _RSu = "RuleSummary";
var _RSul = "RuleSummaries";
var _RT = "ResourceType";
var _RTe = "RequestTimestamp";
var _RV = "ReleaseVersion";
var _RVe = "RecommendedVersion";
var _Re = "Requirement";
var _Reg = "Regex";
var _Req = "Request";
var _Ru = "Rules";
var _Rul = "Rule";
var _S = "Statements";
var _SB = "SortBy";
var _SC = "SettledCount";
var _SCS = "SizeConstraintStatement";
var _SCo = "SourceCategory";
var _SCt = "StatusCode";
var _SCu = "SuccessCodes";
var _SDS = "ScopeDownStatement";
var _SH = "SingleHeader";
var _SHTTPR = "SampledHTTPRequest";
var _SHTTPRa = "SampledHTTPRequests";
var _SL = "SensitivityLevel";
var _SMS = "SqliMatchStatement";
var _SN = "SourceName";
var _SO = "SortOrder";
var _SQA = "SingleQueryArgument";
var _SR = "SampledRequests";
var _SRE = "SampledRequestsEnabled";
var _SRL = "SettlementRecordList";
var _SRe = "SettlementRecord";
var _SS = "SearchString";
var _SSL = "SourceStatisticsList";
var _SSo = "SourceStatistics";
var _SSu = "SuccessStrings";
var _ST = "SourceType";
var _STA = "SnsTopicArn";
var _STB = "SensitivityToBlock";
var _STo = "SolveTimestamp";
var _STt = "StatisticType";
var _STta = "StartTime";
var _SV = "SuccessValues";
var _Sc = "Scope";
var _Se = "Sensitivity";
var _Set = "Settlements";
var _Si = "Size";
var _So = "Source";
var _St = "Statement";
var _Sta = "Status";
var _Su = "Summary";
var _T = "Tags";
var _TA = "TotalAmount";
var _TB = "TopBots";
var _TC = "TopCategories";
var _TD = "TokenDomains";
var _TI = "TransactionId";
var _TIFR = "TagInfoForResource";
var _TK = "TagKeys";
var _TL = "TagList";
var _TMS = "TotalMonetizeServed";
var _TR = "TagResource";
var _TRC = "TotalRequestCount";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _TS = "TotalSettled";
var _TT = "TextTransformations";
var _TTe = "TextTransformation";
var _TW = "TimeWindow";
var _Ta = "Tag";
var _Ti = "Timestamp";
var _Ty = "Type";
var _U = "Url";
var _UA = "UnverifiedAmount";
var _UF = "UriFragment";
var _UFs = "UsernameField";
var _UIPS = "UpdateIPSet";
var _UIPSR = "UpdateIPSetRequest";
var _UIPSRp = "UpdateIPSetResponse";
var _UMRSVED = "UpdateManagedRuleSetVersionExpiryDate";
var _UMRSVEDR = "UpdateManagedRuleSetVersionExpiryDateRequest";
var _UMRSVEDRp = "UpdateManagedRuleSetVersionExpiryDateResponse";
var _UOA = "UsageOfAction";
var _UP = "UriPath";
var _UPP = "UriPathPrefix";
var _UR = "UntagResource";
var _URG = "UpdateRuleGroup";
var _URGR = "UpdateRuleGroupRequest";
var _URGRp = "UpdateRuleGroupResponse";
var _URI = "URI";
var _URPS = "UpdateRegexPatternSet";
var _URPSR = "UpdateRegexPatternSetRequest";
var _URPSRp = "UpdateRegexPatternSetResponse";
var _URR = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _UWACL = "UpdateWebACL";
var _UWACLR = "UpdateWebACLRequest";
var _UWACLRp = "UpdateWebACLResponse";
var _V = "Version";
var _VA = "VerifiedAmount";
var _VC = "VisibilityConfig";
var _VN = "VendorName";
var _VNe = "VersionName";
var _VS = "VersioningSupported";
var _VTE = "VersionToExpire";
var _VTP = "VersionsToPublish";
var _VTPe = "VersionToPublish";
var _Va = "Values";
var _Val = "Value";
var _Ve = "Versions";
var _Ver = "Verified";
var _W = "Weight";
var _WA = "WalletAddress";
var _WAA = "WebAclArn";
var _WACL = "WebACL";
var _WACLA = "WebACLArn";
var _WACLI = "WebACLId";
var _WACLLT = "WebACLLockToken";
var _WACLN = "WebACLName";
var _WACLS = "WebACLSummary";
var _WACLSe = "WebACLSummaries";
var _WACLe = "WebACLs";
var _WAFAIE = "WAFAssociatedItemException";
var _WAFCWE = "WAFConfigurationWarningException";
var _WAFDIE = "WAFDuplicateItemException";
var _WAFEMRGVE = "WAFExpiredManagedRuleGroupVersionException";
var _WAFFNIIPPE = "WAFFeatureNotIncludedInPricingPlanException";
var _WAFIEE = "WAFInternalErrorException";
var _WAFIOE = "WAFInvalidOperationException";
var _WAFIPE = "WAFInvalidParameterException";
var _WAFIPPE = "WAFInvalidPermissionPolicyException";
var _WAFIRE = "WAFInvalidResourceException";
var _WAFLDPIE = "WAFLogDestinationPermissionIssueException";
var _WAFLEE = "WAFLimitsExceededException";
var _WAFNIE = "WAFNonexistentItemException";
var _WAFOLE = "WAFOptimisticLockException";
var _WAFSLREE = "WAFServiceLinkedRoleErrorException";
var _WAFSNFE = "WAFSubscriptionNotFoundException";
var _WAFTOE = "WAFTagOperationException";
var _WAFTOIEE = "WAFTagOperationInternalErrorException";
var _WAFUAKTE = "WAFUnsupportedAggregateKeyTypeException";
var _WAFUEE = "WAFUnavailableEntityException";
var _XMS = "XssMatchStatement";
var _c = "client";
var _e = "error";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.wafv2";
var _se = "server";
var n0 = "com.amazonaws.wafv2";
var _s_registry = new TypeRegistry(_s);
var WAFV2ServiceException$ = [-3, _s, "WAFV2ServiceException", 0, [], []];
_s_registry.registerError(WAFV2ServiceException$, WAFV2ServiceException);
var n0_registry = new TypeRegistry(n0);
var WAFAssociatedItemException$ = [
  -3,
  n0,
  _WAFAIE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFAssociatedItemException$, WAFAssociatedItemException);
var WAFConfigurationWarningException$ = [
  -3,
  n0,
  _WAFCWE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFConfigurationWarningException$, WAFConfigurationWarningException);
var WAFDuplicateItemException$ = [
  -3,
  n0,
  _WAFDIE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFDuplicateItemException$, WAFDuplicateItemException);
var WAFExpiredManagedRuleGroupVersionException$ = [
  -3,
  n0,
  _WAFEMRGVE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFExpiredManagedRuleGroupVersionException$, WAFExpiredManagedRuleGroupVersionException);
var WAFFeatureNotIncludedInPricingPlanException$ = [
  -3,
  n0,
  _WAFFNIIPPE,
  { [_e]: _c },
  [_M, _DF],
  [0, () => DisallowedFeatures]
];
n0_registry.registerError(WAFFeatureNotIncludedInPricingPlanException$, WAFFeatureNotIncludedInPricingPlanException);
var WAFInternalErrorException$ = [
  -3,
  n0,
  _WAFIEE,
  { [_e]: _se },
  [_M],
  [0]
];
n0_registry.registerError(WAFInternalErrorException$, WAFInternalErrorException);
var WAFInvalidOperationException$ = [
  -3,
  n0,
  _WAFIOE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFInvalidOperationException$, WAFInvalidOperationException);
var WAFInvalidParameterException$ = [
  -3,
  n0,
  _WAFIPE,
  { [_e]: _c },
  [_m, _F, _P, _R],
  [0, 0, 0, 0]
];
n0_registry.registerError(WAFInvalidParameterException$, WAFInvalidParameterException);
var WAFInvalidPermissionPolicyException$ = [
  -3,
  n0,
  _WAFIPPE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFInvalidPermissionPolicyException$, WAFInvalidPermissionPolicyException);
var WAFInvalidResourceException$ = [
  -3,
  n0,
  _WAFIRE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFInvalidResourceException$, WAFInvalidResourceException);
var WAFLimitsExceededException$ = [
  -3,
  n0,
  _WAFLEE,
  { [_e]: _c },
  [_M, _ST],
  [0, 0]
];
n0_registry.registerError(WAFLimitsExceededException$, WAFLimitsExceededException);
var WAFLogDestinationPermissionIssueException$ = [
  -3,
  n0,
  _WAFLDPIE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFLogDestinationPermissionIssueException$, WAFLogDestinationPermissionIssueException);
var WAFNonexistentItemException$ = [
  -3,
  n0,
  _WAFNIE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFNonexistentItemException$, WAFNonexistentItemException);
var WAFOptimisticLockException$ = [
  -3,
  n0,
  _WAFOLE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFOptimisticLockException$, WAFOptimisticLockException);
var WAFServiceLinkedRoleErrorException$ = [
  -3,
  n0,
  _WAFSLREE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(WAFServiceLinkedRoleErrorException$, WAFServiceLinkedRoleErrorException);
var WAFSubscriptionNotFoundException$ = [
  -3,
  n0,
  _WAFSNFE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFSubscriptionNotFoundException$, WAFSubscriptionNotFoundException);
var WAFTagOperationException$ = [
  -3,
  n0,
  _WAFTOE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFTagOperationException$, WAFTagOperationException);
var WAFTagOperationInternalErrorException$ = [
  -3,
  n0,
  _WAFTOIEE,
  { [_e]: _se },
  [_M],
  [0]
];
n0_registry.registerError(WAFTagOperationInternalErrorException$, WAFTagOperationInternalErrorException);
var WAFUnavailableEntityException$ = [
  -3,
  n0,
  _WAFUEE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFUnavailableEntityException$, WAFUnavailableEntityException);
var WAFUnsupportedAggregateKeyTypeException$ = [
  -3,
  n0,
  _WAFUAKTE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(WAFUnsupportedAggregateKeyTypeException$, WAFUnsupportedAggregateKeyTypeException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var ActionCondition$ = [
  3,
  n0,
  _AC,
  0,
  [_A],
  [0],
  1
];
var AddressField$ = [
  3,
  n0,
  _AF,
  0,
  [_I],
  [0],
  1
];
var All$ = [
  3,
  n0,
  _Al,
  0,
  [],
  []
];
var AllowAction$ = [
  3,
  n0,
  _AA,
  0,
  [_CRH],
  [() => CustomRequestHandling$]
];
var AllQueryArguments$ = [
  3,
  n0,
  _AQA,
  0,
  [],
  []
];
var AndStatement$ = [
  3,
  n0,
  _AS,
  0,
  [_S],
  [() => Statements],
  1
];
var APIKeySummary$ = [
  3,
  n0,
  _APIKS,
  0,
  [_TD, _APIK, _CT, _V],
  [64 | 0, 0, 4, 1]
];
var ApplicationAttribute$ = [
  3,
  n0,
  _AAp,
  0,
  [_N, _Va],
  [0, 64 | 0]
];
var ApplicationConfig$ = [
  3,
  n0,
  _ACp,
  0,
  [_At],
  [() => ApplicationAttributes]
];
var AsnMatchStatement$ = [
  3,
  n0,
  _AMS,
  0,
  [_AL, _FIPC],
  [64 | 1, () => ForwardedIPConfig$],
  1
];
var AssociateWebACLRequest$ = [
  3,
  n0,
  _AWACLR,
  0,
  [_WACLA, _RA],
  [0, 0],
  2
];
var AssociateWebACLResponse$ = [
  3,
  n0,
  _AWACLRs,
  0,
  [],
  []
];
var AssociationConfig$ = [
  3,
  n0,
  _ACs,
  0,
  [_RB],
  [() => RequestBody]
];
var AWSManagedRulesACFPRuleSet$ = [
  3,
  n0,
  _AWSMRACFPRS,
  0,
  [_CP, _RPP, _RI, _RIe, _ERIP],
  [0, 0, () => RequestInspectionACFP$, () => ResponseInspection$, 2],
  3
];
var AWSManagedRulesAntiDDoSRuleSet$ = [
  3,
  n0,
  _AWSMRADDSRS,
  0,
  [_CSAC, _STB],
  [() => ClientSideActionConfig$, 0],
  1
];
var AWSManagedRulesATPRuleSet$ = [
  3,
  n0,
  _AWSMRATPRS,
  0,
  [_LP, _RI, _RIe, _ERIP],
  [0, () => RequestInspection$, () => ResponseInspection$, 2],
  1
];
var AWSManagedRulesBotControlRuleSet$ = [
  3,
  n0,
  _AWSMRBCRS,
  0,
  [_IL, _EML],
  [0, 2],
  1
];
var BlockAction$ = [
  3,
  n0,
  _BA,
  0,
  [_CR],
  [() => CustomResponse$]
];
var Body$ = [
  3,
  n0,
  _B,
  0,
  [_OH],
  [0]
];
var BotStatistics$ = [
  3,
  n0,
  _BS,
  0,
  [_BN, _RC, _Pe],
  [0, 1, 1],
  3
];
var ByteMatchStatement$ = [
  3,
  n0,
  _BMS,
  0,
  [_SS, _FTM, _TT, _PC, _PPTT],
  [21, () => FieldToMatch$, () => TextTransformations, 0, () => PreParseTextTransformations],
  4
];
var CaptchaAction$ = [
  3,
  n0,
  _CA,
  0,
  [_CRH],
  [() => CustomRequestHandling$]
];
var CaptchaConfig$ = [
  3,
  n0,
  _CC,
  0,
  [_ITP],
  [() => ImmunityTimeProperty$]
];
var CaptchaResponse$ = [
  3,
  n0,
  _CRa,
  0,
  [_RCe, _STo, _FR],
  [1, 1, 0]
];
var ChallengeAction$ = [
  3,
  n0,
  _CAh,
  0,
  [_CRH],
  [() => CustomRequestHandling$]
];
var ChallengeConfig$ = [
  3,
  n0,
  _CCh,
  0,
  [_ITP],
  [() => ImmunityTimeProperty$]
];
var ChallengeResponse$ = [
  3,
  n0,
  _CRh,
  0,
  [_RCe, _STo, _FR],
  [1, 1, 0]
];
var CheckCapacityRequest$ = [
  3,
  n0,
  _CCR,
  0,
  [_Sc, _Ru],
  [0, () => Rules],
  2
];
var CheckCapacityResponse$ = [
  3,
  n0,
  _CCRh,
  0,
  [_C],
  [1]
];
var ClientSideAction$ = [
  3,
  n0,
  _CSA,
  0,
  [_UOA, _Se, _EURE],
  [0, 0, () => RegularExpressionList],
  1
];
var ClientSideActionConfig$ = [
  3,
  n0,
  _CSAC,
  0,
  [_Ch],
  [() => ClientSideAction$],
  1
];
var Condition$ = [
  3,
  n0,
  _Co,
  0,
  [_AC, _LNC],
  [() => ActionCondition$, () => LabelNameCondition$]
];
var CookieMatchPattern$ = [
  3,
  n0,
  _CMP,
  0,
  [_Al, _IC, _EC],
  [() => All$, 64 | 0, 64 | 0]
];
var Cookies$ = [
  3,
  n0,
  _Coo,
  0,
  [_MP, _MS, _OH],
  [() => CookieMatchPattern$, 0, 0],
  3
];
var CountAction$ = [
  3,
  n0,
  _CAo,
  0,
  [_CRH],
  [() => CustomRequestHandling$]
];
var CreateAPIKeyRequest$ = [
  3,
  n0,
  _CAPIKR,
  0,
  [_Sc, _TD],
  [0, 64 | 0],
  2
];
var CreateAPIKeyResponse$ = [
  3,
  n0,
  _CAPIKRr,
  0,
  [_APIK],
  [0]
];
var CreateIPSetRequest$ = [
  3,
  n0,
  _CIPSR,
  0,
  [_N, _Sc, _IPAV, _Ad, _D, _T],
  [0, 0, 0, 64 | 0, 0, () => TagList],
  4
];
var CreateIPSetResponse$ = [
  3,
  n0,
  _CIPSRr,
  0,
  [_Su],
  [() => IPSetSummary$]
];
var CreateRegexPatternSetRequest$ = [
  3,
  n0,
  _CRPSR,
  0,
  [_N, _Sc, _REL, _D, _T],
  [0, 0, () => RegularExpressionList, 0, () => TagList],
  3
];
var CreateRegexPatternSetResponse$ = [
  3,
  n0,
  _CRPSRr,
  0,
  [_Su],
  [() => RegexPatternSetSummary$]
];
var CreateRuleGroupRequest$ = [
  3,
  n0,
  _CRGR,
  0,
  [_N, _Sc, _C, _VC, _D, _Ru, _T, _CRB, _MC],
  [0, 0, 1, () => VisibilityConfig$, 0, () => Rules, () => TagList, () => CustomResponseBodies, () => MonetizationConfig$],
  4
];
var CreateRuleGroupResponse$ = [
  3,
  n0,
  _CRGRr,
  0,
  [_Su],
  [() => RuleGroupSummary$]
];
var CreateWebACLRequest$ = [
  3,
  n0,
  _CWACLR,
  0,
  [_N, _Sc, _DA, _VC, _D, _Ru, _DPC, _T, _CRB, _CC, _CCh, _TD, _ACs, _OSDDSPC, _ACp, _MC],
  [0, 0, () => DefaultAction$, () => VisibilityConfig$, 0, () => Rules, () => DataProtectionConfig$, () => TagList, () => CustomResponseBodies, () => CaptchaConfig$, () => ChallengeConfig$, 64 | 0, () => AssociationConfig$, () => OnSourceDDoSProtectionConfig$, () => ApplicationConfig$, () => MonetizationConfig$],
  4
];
var CreateWebACLResponse$ = [
  3,
  n0,
  _CWACLRr,
  0,
  [_Su],
  [() => WebACLSummary$]
];
var CryptoConfig$ = [
  3,
  n0,
  _CCr,
  0,
  [_PN],
  [() => PaymentNetworks],
  1
];
var CustomHTTPHeader$ = [
  3,
  n0,
  _CHTTPH,
  0,
  [_N, _Val],
  [0, 0],
  2
];
var CustomRequestHandling$ = [
  3,
  n0,
  _CRH,
  0,
  [_IH],
  [() => CustomHTTPHeaders],
  1
];
var CustomResponse$ = [
  3,
  n0,
  _CR,
  0,
  [_RCe, _CRBK, _RH],
  [1, 0, () => CustomHTTPHeaders],
  1
];
var CustomResponseBody$ = [
  3,
  n0,
  _CRBu,
  0,
  [_CTo, _Con],
  [0, 0],
  2
];
var DataPointEntry$ = [
  3,
  n0,
  _DPE,
  0,
  [_Da, _MSC, _SC, _TA, _Ca, _In, _GBV],
  [4, 1, 1, 0, 0, 0, 0]
];
var DataProtection$ = [
  3,
  n0,
  _DP,
  0,
  [_F, _A, _ERMD, _ERBD],
  [() => FieldToProtect$, 0, 2, 2],
  2
];
var DataProtectionConfig$ = [
  3,
  n0,
  _DPC,
  0,
  [_DPa],
  [() => DataProtections],
  1
];
var DefaultAction$ = [
  3,
  n0,
  _DA,
  0,
  [_Bl, _All],
  [() => BlockAction$, () => AllowAction$]
];
var DeleteAPIKeyRequest$ = [
  3,
  n0,
  _DAPIKR,
  0,
  [_Sc, _APIK],
  [0, 0],
  2
];
var DeleteAPIKeyResponse$ = [
  3,
  n0,
  _DAPIKRe,
  0,
  [],
  []
];
var DeleteFirewallManagerRuleGroupsRequest$ = [
  3,
  n0,
  _DFMRGR,
  0,
  [_WACLA, _WACLLT],
  [0, 0],
  2
];
var DeleteFirewallManagerRuleGroupsResponse$ = [
  3,
  n0,
  _DFMRGRe,
  0,
  [_NWACLLT],
  [0]
];
var DeleteIPSetRequest$ = [
  3,
  n0,
  _DIPSR,
  0,
  [_N, _Sc, _Id, _LT],
  [0, 0, 0, 0],
  4
];
var DeleteIPSetResponse$ = [
  3,
  n0,
  _DIPSRe,
  0,
  [],
  []
];
var DeleteLoggingConfigurationRequest$ = [
  3,
  n0,
  _DLCR,
  0,
  [_RA, _LTo, _LS],
  [0, 0, 0],
  1
];
var DeleteLoggingConfigurationResponse$ = [
  3,
  n0,
  _DLCRe,
  0,
  [],
  []
];
var DeletePermissionPolicyRequest$ = [
  3,
  n0,
  _DPPR,
  0,
  [_RA],
  [0],
  1
];
var DeletePermissionPolicyResponse$ = [
  3,
  n0,
  _DPPRe,
  0,
  [],
  []
];
var DeleteRegexPatternSetRequest$ = [
  3,
  n0,
  _DRPSR,
  0,
  [_N, _Sc, _Id, _LT],
  [0, 0, 0, 0],
  4
];
var DeleteRegexPatternSetResponse$ = [
  3,
  n0,
  _DRPSRe,
  0,
  [],
  []
];
var DeleteRuleGroupRequest$ = [
  3,
  n0,
  _DRGR,
  0,
  [_N, _Sc, _Id, _LT],
  [0, 0, 0, 0],
  4
];
var DeleteRuleGroupResponse$ = [
  3,
  n0,
  _DRGRe,
  0,
  [],
  []
];
var DeleteWebACLRequest$ = [
  3,
  n0,
  _DWACLR,
  0,
  [_N, _Sc, _Id, _LT],
  [0, 0, 0, 0],
  4
];
var DeleteWebACLResponse$ = [
  3,
  n0,
  _DWACLRe,
  0,
  [],
  []
];
var DescribeAllManagedProductsRequest$ = [
  3,
  n0,
  _DAMPR,
  0,
  [_Sc],
  [0],
  1
];
var DescribeAllManagedProductsResponse$ = [
  3,
  n0,
  _DAMPRe,
  0,
  [_MPa],
  [() => ManagedProductDescriptors]
];
var DescribeManagedProductsByVendorRequest$ = [
  3,
  n0,
  _DMPBVR,
  0,
  [_VN, _Sc],
  [0, 0],
  2
];
var DescribeManagedProductsByVendorResponse$ = [
  3,
  n0,
  _DMPBVRe,
  0,
  [_MPa],
  [() => ManagedProductDescriptors]
];
var DescribeManagedRuleGroupRequest$ = [
  3,
  n0,
  _DMRGR,
  0,
  [_VN, _N, _Sc, _VNe],
  [0, 0, 0, 0],
  3
];
var DescribeManagedRuleGroupResponse$ = [
  3,
  n0,
  _DMRGRe,
  0,
  [_VNe, _STA, _C, _Ru, _LN, _ALv, _CL],
  [0, 0, 1, () => RuleSummaries, 0, () => LabelSummaries, () => LabelSummaries]
];
var DisallowedFeature$ = [
  3,
  n0,
  _DFi,
  0,
  [_Fe, _RPPe],
  [0, 0]
];
var DisassociateWebACLRequest$ = [
  3,
  n0,
  _DWACLRi,
  0,
  [_RA],
  [0],
  1
];
var DisassociateWebACLResponse$ = [
  3,
  n0,
  _DWACLRis,
  0,
  [],
  []
];
var EmailField$ = [
  3,
  n0,
  _EF,
  0,
  [_I],
  [0],
  1
];
var ExcludedRule$ = [
  3,
  n0,
  _ER,
  0,
  [_N],
  [0],
  1
];
var FieldToMatch$ = [
  3,
  n0,
  _FTM,
  0,
  [_SH, _SQA, _AQA, _UP, _QS, _B, _Me, _JB, _H, _Coo, _HO, _JAF, _JAFi, _UF],
  [() => SingleHeader$, () => SingleQueryArgument$, () => AllQueryArguments$, () => UriPath$, () => QueryString$, () => Body$, () => Method$, () => JsonBody$, () => Headers$, () => Cookies$, () => HeaderOrder$, () => JA3Fingerprint$, () => JA4Fingerprint$, () => UriFragment$]
];
var FieldToProtect$ = [
  3,
  n0,
  _FTP,
  0,
  [_FT, _FK],
  [0, 64 | 0],
  1
];
var Filter$ = [
  3,
  n0,
  _Fi,
  0,
  [_Be, _Re, _Cond],
  [0, 0, () => Conditions],
  3
];
var FilterSource$ = [
  3,
  n0,
  _FS,
  0,
  [_BC, _BO, _BN],
  [0, 0, 0]
];
var FirewallManagerRuleGroup$ = [
  3,
  n0,
  _FMRG,
  0,
  [_N, _Pr, _FMS, _OA, _VC],
  [0, 1, () => FirewallManagerStatement$, () => OverrideAction$, () => VisibilityConfig$],
  5
];
var FirewallManagerStatement$ = [
  3,
  n0,
  _FMS,
  0,
  [_MRGS, _RGRS],
  [() => ManagedRuleGroupStatement$, () => RuleGroupReferenceStatement$]
];
var ForwardedIPConfig$ = [
  3,
  n0,
  _FIPC,
  0,
  [_HN, _FB],
  [0, 0],
  2
];
var GenerateMobileSdkReleaseUrlRequest$ = [
  3,
  n0,
  _GMSRUR,
  0,
  [_Pl, _RV],
  [0, 0],
  2
];
var GenerateMobileSdkReleaseUrlResponse$ = [
  3,
  n0,
  _GMSRURe,
  0,
  [_U],
  [0]
];
var GeoMatchStatement$ = [
  3,
  n0,
  _GMS,
  0,
  [_CCo, _FIPC],
  [64 | 0, () => ForwardedIPConfig$]
];
var GetDecryptedAPIKeyRequest$ = [
  3,
  n0,
  _GDAPIKR,
  0,
  [_Sc, _APIK],
  [0, 0],
  2
];
var GetDecryptedAPIKeyResponse$ = [
  3,
  n0,
  _GDAPIKRe,
  0,
  [_TD, _CT],
  [64 | 0, 4]
];
var GetIPSetRequest$ = [
  3,
  n0,
  _GIPSR,
  0,
  [_N, _Sc, _Id],
  [0, 0, 0],
  3
];
var GetIPSetResponse$ = [
  3,
  n0,
  _GIPSRe,
  0,
  [_IPS, _LT],
  [() => IPSet$, 0]
];
var GetLoggingConfigurationRequest$ = [
  3,
  n0,
  _GLCR,
  0,
  [_RA, _LTo, _LS],
  [0, 0, 0],
  1
];
var GetLoggingConfigurationResponse$ = [
  3,
  n0,
  _GLCRe,
  0,
  [_LC],
  [() => LoggingConfiguration$]
];
var GetManagedRuleSetRequest$ = [
  3,
  n0,
  _GMRSR,
  0,
  [_N, _Sc, _Id],
  [0, 0, 0],
  3
];
var GetManagedRuleSetResponse$ = [
  3,
  n0,
  _GMRSRe,
  0,
  [_MRS, _LT],
  [() => ManagedRuleSet$, 0]
];
var GetMobileSdkReleaseRequest$ = [
  3,
  n0,
  _GMSRR,
  0,
  [_Pl, _RV],
  [0, 0],
  2
];
var GetMobileSdkReleaseResponse$ = [
  3,
  n0,
  _GMSRRe,
  0,
  [_MSR],
  [() => MobileSdkRelease$]
];
var GetPermissionPolicyRequest$ = [
  3,
  n0,
  _GPPR,
  0,
  [_RA],
  [0],
  1
];
var GetPermissionPolicyResponse$ = [
  3,
  n0,
  _GPPRe,
  0,
  [_Po],
  [0]
];
var GetRateBasedStatementManagedKeysRequest$ = [
  3,
  n0,
  _GRBSMKR,
  0,
  [_Sc, _WACLN, _WACLI, _RN, _RGRN],
  [0, 0, 0, 0, 0],
  4
];
var GetRateBasedStatementManagedKeysResponse$ = [
  3,
  n0,
  _GRBSMKRe,
  0,
  [_MKIPV, _MKIPVa],
  [() => RateBasedStatementManagedKeysIPSet$, () => RateBasedStatementManagedKeysIPSet$]
];
var GetRegexPatternSetRequest$ = [
  3,
  n0,
  _GRPSR,
  0,
  [_N, _Sc, _Id],
  [0, 0, 0],
  3
];
var GetRegexPatternSetResponse$ = [
  3,
  n0,
  _GRPSRe,
  0,
  [_RPS, _LT],
  [() => RegexPatternSet$, 0]
];
var GetRevenueStatisticsRequest$ = [
  3,
  n0,
  _GRSR,
  0,
  [_STt, _TW, _Sc, _Cu, _GB, _Fil, _NM, _L, _SB, _SO],
  [0, () => TimeWindow$, 0, 0, 0, () => MonetizationFilterList, 0, 1, 0, 0],
  4
];
var GetRevenueStatisticsResponse$ = [
  3,
  n0,
  _GRSRe,
  0,
  [_SSo, _RPSe, _NM],
  [() => SourceStatisticsList, () => RevenuePathStatisticsList, 0]
];
var GetRevenueStatisticsSummaryRequest$ = [
  3,
  n0,
  _GRSSR,
  0,
  [_TW, _Sc, _Cu, _Fil],
  [() => TimeWindow$, 0, 0, () => MonetizationFilterList],
  3
];
var GetRevenueStatisticsSummaryResponse$ = [
  3,
  n0,
  _GRSSRe,
  0,
  [_RBe],
  [() => RevenueBreakdown$]
];
var GetRevenueStatisticsTimeSeriesRequest$ = [
  3,
  n0,
  _GRSTSR,
  0,
  [_STt, _TW, _Sc, _Int, _Cu, _GB, _Fil, _L, _NM],
  [0, () => TimeWindow$, 0, 0, 0, 0, () => MonetizationFilterList, 1, 0],
  5
];
var GetRevenueStatisticsTimeSeriesResponse$ = [
  3,
  n0,
  _GRSTSRe,
  0,
  [_DPat, _NM],
  [() => DataPointsList, 0]
];
var GetRuleGroupRequest$ = [
  3,
  n0,
  _GRGR,
  0,
  [_N, _Sc, _Id, _ARN],
  [0, 0, 0, 0]
];
var GetRuleGroupResponse$ = [
  3,
  n0,
  _GRGRe,
  0,
  [_RG, _LT],
  [() => RuleGroup$, 0]
];
var GetSampledRequestsRequest$ = [
  3,
  n0,
  _GSRR,
  0,
  [_WAA, _RMN, _Sc, _TW, _MI],
  [0, 0, 0, () => TimeWindow$, 1],
  5
];
var GetSampledRequestsResponse$ = [
  3,
  n0,
  _GSRRe,
  0,
  [_SR, _PS, _TW],
  [() => SampledHTTPRequests, 1, () => TimeWindow$]
];
var GetTopPathStatisticsByTrafficRequest$ = [
  3,
  n0,
  _GTPSBTR,
  0,
  [_WAA, _Sc, _TW, _L, _NOTTBPP, _UPP, _BC, _BO, _BN, _NM],
  [0, 0, () => TimeWindow$, 1, 1, 0, 0, 0, 0, 0],
  5
];
var GetTopPathStatisticsByTrafficResponse$ = [
  3,
  n0,
  _GTPSBTRe,
  0,
  [_PSa, _TRC, _NM, _TC],
  [() => PathStatisticsList, 1, 0, () => PathStatisticsList],
  2
];
var GetWebACLForResourceRequest$ = [
  3,
  n0,
  _GWACLFRR,
  0,
  [_RA],
  [0],
  1
];
var GetWebACLForResourceResponse$ = [
  3,
  n0,
  _GWACLFRRe,
  0,
  [_WACL],
  [() => WebACL$]
];
var GetWebACLRequest$ = [
  3,
  n0,
  _GWACLR,
  0,
  [_N, _Sc, _Id, _ARN],
  [0, 0, 0, 0]
];
var GetWebACLResponse$ = [
  3,
  n0,
  _GWACLRe,
  0,
  [_WACL, _LT, _AIURL],
  [() => WebACL$, 0, 0]
];
var HeaderMatchPattern$ = [
  3,
  n0,
  _HMP,
  0,
  [_Al, _IHn, _EH],
  [() => All$, 64 | 0, 64 | 0]
];
var HeaderOrder$ = [
  3,
  n0,
  _HO,
  0,
  [_OH],
  [0],
  1
];
var Headers$ = [
  3,
  n0,
  _H,
  0,
  [_MP, _MS, _OH],
  [() => HeaderMatchPattern$, 0, 0],
  3
];
var HTTPHeader$ = [
  3,
  n0,
  _HTTPH,
  0,
  [_N, _Val],
  [0, 0]
];
var HTTPRequest$ = [
  3,
  n0,
  _HTTPR,
  0,
  [_CIP, _Cou, _URI, _Me, _HTTPV, _H],
  [0, 0, 0, 0, 0, () => HTTPHeaders]
];
var ImmunityTimeProperty$ = [
  3,
  n0,
  _ITP,
  0,
  [_IT],
  [1],
  1
];
var IPSet$ = [
  3,
  n0,
  _IPS,
  0,
  [_N, _Id, _ARN, _IPAV, _Ad, _D],
  [0, 0, 0, 0, 64 | 0, 0],
  5
];
var IPSetForwardedIPConfig$ = [
  3,
  n0,
  _IPSFIPC,
  0,
  [_HN, _FB, _Pos],
  [0, 0, 0],
  3
];
var IPSetReferenceStatement$ = [
  3,
  n0,
  _IPSRS,
  0,
  [_ARN, _IPSFIPC],
  [0, () => IPSetForwardedIPConfig$],
  1
];
var IPSetSummary$ = [
  3,
  n0,
  _IPSS,
  0,
  [_N, _Id, _D, _LT, _ARN],
  [0, 0, 0, 0, 0]
];
var JA3Fingerprint$ = [
  3,
  n0,
  _JAF,
  0,
  [_FB],
  [0],
  1
];
var JA4Fingerprint$ = [
  3,
  n0,
  _JAFi,
  0,
  [_FB],
  [0],
  1
];
var JsonBody$ = [
  3,
  n0,
  _JB,
  0,
  [_MP, _MS, _IFB, _OH],
  [() => JsonMatchPattern$, 0, 0, 0],
  2
];
var JsonMatchPattern$ = [
  3,
  n0,
  _JMP,
  0,
  [_Al, _IP],
  [() => All$, 64 | 0]
];
var Label$ = [
  3,
  n0,
  _La,
  0,
  [_N],
  [0],
  1
];
var LabelMatchStatement$ = [
  3,
  n0,
  _LMS,
  0,
  [_Sc, _K],
  [0, 0],
  2
];
var LabelNameCondition$ = [
  3,
  n0,
  _LNC,
  0,
  [_LNa],
  [0],
  1
];
var LabelSummary$ = [
  3,
  n0,
  _LSa,
  0,
  [_N],
  [0]
];
var ListAPIKeysRequest$ = [
  3,
  n0,
  _LAPIKR,
  0,
  [_Sc, _NM, _L],
  [0, 0, 1],
  1
];
var ListAPIKeysResponse$ = [
  3,
  n0,
  _LAPIKRi,
  0,
  [_NM, _APIKSe, _AIURL],
  [0, () => APIKeySummaries, 0]
];
var ListAvailableManagedRuleGroupsRequest$ = [
  3,
  n0,
  _LAMRGR,
  0,
  [_Sc, _NM, _L],
  [0, 0, 1],
  1
];
var ListAvailableManagedRuleGroupsResponse$ = [
  3,
  n0,
  _LAMRGRi,
  0,
  [_NM, _MRG],
  [0, () => ManagedRuleGroupSummaries]
];
var ListAvailableManagedRuleGroupVersionsRequest$ = [
  3,
  n0,
  _LAMRGVR,
  0,
  [_VN, _N, _Sc, _NM, _L],
  [0, 0, 0, 0, 1],
  3
];
var ListAvailableManagedRuleGroupVersionsResponse$ = [
  3,
  n0,
  _LAMRGVRi,
  0,
  [_NM, _Ve, _CDV],
  [0, () => ManagedRuleGroupVersions, 0]
];
var ListIPSetsRequest$ = [
  3,
  n0,
  _LIPSR,
  0,
  [_Sc, _NM, _L],
  [0, 0, 1],
  1
];
var ListIPSetsResponse$ = [
  3,
  n0,
  _LIPSRi,
  0,
  [_NM, _IPSe],
  [0, () => IPSetSummaries]
];
var ListLoggingConfigurationsRequest$ = [
  3,
  n0,
  _LLCR,
  0,
  [_Sc, _NM, _L, _LS],
  [0, 0, 1, 0],
  1
];
var ListLoggingConfigurationsResponse$ = [
  3,
  n0,
  _LLCRi,
  0,
  [_LCo, _NM],
  [() => LoggingConfigurations, 0]
];
var ListManagedRuleSetsRequest$ = [
  3,
  n0,
  _LMRSR,
  0,
  [_Sc, _NM, _L],
  [0, 0, 1],
  1
];
var ListManagedRuleSetsResponse$ = [
  3,
  n0,
  _LMRSRi,
  0,
  [_NM, _MRSa],
  [0, () => ManagedRuleSetSummaries]
];
var ListMobileSdkReleasesRequest$ = [
  3,
  n0,
  _LMSRR,
  0,
  [_Pl, _NM, _L],
  [0, 0, 1],
  1
];
var ListMobileSdkReleasesResponse$ = [
  3,
  n0,
  _LMSRRi,
  0,
  [_RS, _NM],
  [() => ReleaseSummaries, 0]
];
var ListRegexPatternSetsRequest$ = [
  3,
  n0,
  _LRPSR,
  0,
  [_Sc, _NM, _L],
  [0, 0, 1],
  1
];
var ListRegexPatternSetsResponse$ = [
  3,
  n0,
  _LRPSRi,
  0,
  [_NM, _RPSeg],
  [0, () => RegexPatternSetSummaries]
];
var ListResourcesForWebACLRequest$ = [
  3,
  n0,
  _LRFWACLR,
  0,
  [_WACLA, _RT],
  [0, 0],
  1
];
var ListResourcesForWebACLResponse$ = [
  3,
  n0,
  _LRFWACLRi,
  0,
  [_RAe],
  [64 | 0]
];
var ListRuleGroupsRequest$ = [
  3,
  n0,
  _LRGR,
  0,
  [_Sc, _NM, _L],
  [0, 0, 1],
  1
];
var ListRuleGroupsResponse$ = [
  3,
  n0,
  _LRGRi,
  0,
  [_NM, _RGu],
  [0, () => RuleGroupSummaries]
];
var ListSettlementRecordsRequest$ = [
  3,
  n0,
  _LSRR,
  0,
  [_TW, _Sc, _Cu, _Fil, _SB, _SO, _L, _NM],
  [() => TimeWindow$, 0, 0, () => MonetizationFilterList, 0, 0, 1, 0],
  3
];
var ListSettlementRecordsResponse$ = [
  3,
  n0,
  _LSRRi,
  0,
  [_Set, _NM],
  [() => SettlementRecordList, 0]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_RARN, _NM, _L],
  [0, 0, 1],
  1
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_NM, _TIFR],
  [0, () => TagInfoForResource$]
];
var ListWebACLsRequest$ = [
  3,
  n0,
  _LWACLR,
  0,
  [_Sc, _NM, _L],
  [0, 0, 1],
  1
];
var ListWebACLsResponse$ = [
  3,
  n0,
  _LWACLRi,
  0,
  [_NM, _WACLe],
  [0, () => WebACLSummaries]
];
var LoggingConfiguration$ = [
  3,
  n0,
  _LC,
  0,
  [_RA, _LDC, _RF, _MBFM, _LF, _LTo, _LS],
  [0, 64 | 0, () => RedactedFields, 2, () => LoggingFilter$, 0, 0],
  2
];
var LoggingFilter$ = [
  3,
  n0,
  _LF,
  0,
  [_Fil, _DB],
  [() => Filters, 0],
  2
];
var ManagedProductDescriptor$ = [
  3,
  n0,
  _MPD,
  0,
  [_VN, _MRSN, _PI, _PL, _PT, _PD, _STA, _IVS, _IAMRS],
  [0, 0, 0, 0, 0, 0, 0, 2, 2]
];
var ManagedRuleGroupConfig$ = [
  3,
  n0,
  _MRGC,
  0,
  [_LP, _PTa, _UFs, _PF, _AWSMRBCRS, _AWSMRATPRS, _AWSMRACFPRS, _AWSMRADDSRS],
  [0, 0, () => UsernameField$, () => PasswordField$, () => AWSManagedRulesBotControlRuleSet$, () => AWSManagedRulesATPRuleSet$, () => AWSManagedRulesACFPRuleSet$, () => AWSManagedRulesAntiDDoSRuleSet$]
];
var ManagedRuleGroupStatement$ = [
  3,
  n0,
  _MRGS,
  0,
  [_VN, _N, _V, _ERx, _SDS, _MRGCa, _RAO],
  [0, 0, 0, () => ExcludedRules, () => Statement$, () => ManagedRuleGroupConfigs, () => RuleActionOverrides],
  2
];
var ManagedRuleGroupSummary$ = [
  3,
  n0,
  _MRGSa,
  0,
  [_VN, _N, _VS, _D],
  [0, 0, 2, 0]
];
var ManagedRuleGroupVersion$ = [
  3,
  n0,
  _MRGV,
  0,
  [_N, _LUT],
  [0, 4]
];
var ManagedRuleSet$ = [
  3,
  n0,
  _MRS,
  0,
  [_N, _Id, _ARN, _D, _PV, _RVe, _LN],
  [0, 0, 0, 0, () => PublishedVersions, 0, 0],
  3
];
var ManagedRuleSetSummary$ = [
  3,
  n0,
  _MRSS,
  0,
  [_N, _Id, _D, _LT, _ARN, _LN],
  [0, 0, 0, 0, 0, 0]
];
var ManagedRuleSetVersion$ = [
  3,
  n0,
  _MRSV,
  0,
  [_ARGA, _C, _FL, _PTu, _LUT, _ET],
  [0, 1, 1, 4, 4, 4]
];
var Method$ = [
  3,
  n0,
  _Me,
  0,
  [],
  []
];
var MobileSdkRelease$ = [
  3,
  n0,
  _MSR,
  0,
  [_RV, _Ti, _RNe, _T],
  [0, 4, 0, () => TagList]
];
var MonetizationConfig$ = [
  3,
  n0,
  _MC,
  0,
  [_CCr, _CM],
  [() => CryptoConfig$, 0]
];
var MonetizationFilter$ = [
  3,
  n0,
  _MF,
  0,
  [_N, _Va],
  [0, 64 | 0],
  2
];
var MonetizeAction$ = [
  3,
  n0,
  _MA,
  0,
  [_PM],
  [0]
];
var NoneAction$ = [
  3,
  n0,
  _NA,
  0,
  [],
  []
];
var NotStatement$ = [
  3,
  n0,
  _NS,
  0,
  [_St],
  [() => Statement$],
  1
];
var OnSourceDDoSProtectionConfig$ = [
  3,
  n0,
  _OSDDSPC,
  0,
  [_ALBLRM],
  [0],
  1
];
var OrStatement$ = [
  3,
  n0,
  _OS,
  0,
  [_S],
  [() => Statements],
  1
];
var OverrideAction$ = [
  3,
  n0,
  _OA,
  0,
  [_Coun, _No],
  [() => CountAction$, () => NoneAction$]
];
var PasswordField$ = [
  3,
  n0,
  _PF,
  0,
  [_I],
  [0],
  1
];
var PathStatistics$ = [
  3,
  n0,
  _PSa,
  0,
  [_Pa, _RC, _Pe, _So, _TB],
  [0, 1, 1, () => FilterSource$, () => BotStatisticsList],
  3
];
var PaymentNetwork$ = [
  3,
  n0,
  _PNa,
  0,
  [_Cha, _WA, _Pri],
  [0, 0, () => Prices],
  3
];
var PhoneNumberField$ = [
  3,
  n0,
  _PNF,
  0,
  [_I],
  [0],
  1
];
var PreParseTextTransformation$ = [
  3,
  n0,
  _PPTTr,
  0,
  [_Pr, _Ty],
  [1, 0],
  2
];
var Price$ = [
  3,
  n0,
  _Pric,
  0,
  [_Am, _Cu],
  [0, 0],
  2
];
var PutLoggingConfigurationRequest$ = [
  3,
  n0,
  _PLCR,
  0,
  [_LC],
  [() => LoggingConfiguration$],
  1
];
var PutLoggingConfigurationResponse$ = [
  3,
  n0,
  _PLCRu,
  0,
  [_LC],
  [() => LoggingConfiguration$]
];
var PutManagedRuleSetVersionsRequest$ = [
  3,
  n0,
  _PMRSVR,
  0,
  [_N, _Sc, _Id, _LT, _RVe, _VTP],
  [0, 0, 0, 0, 0, () => VersionsToPublish],
  4
];
var PutManagedRuleSetVersionsResponse$ = [
  3,
  n0,
  _PMRSVRu,
  0,
  [_NLT],
  [0]
];
var PutPermissionPolicyRequest$ = [
  3,
  n0,
  _PPPR,
  0,
  [_RA, _Po],
  [0, 0],
  2
];
var PutPermissionPolicyResponse$ = [
  3,
  n0,
  _PPPRu,
  0,
  [],
  []
];
var QueryString$ = [
  3,
  n0,
  _QS,
  0,
  [],
  []
];
var RateBasedStatement$ = [
  3,
  n0,
  _RBS,
  0,
  [_L, _AKT, _EWS, _SDS, _FIPC, _CK],
  [1, 0, 1, () => Statement$, () => ForwardedIPConfig$, () => RateBasedStatementCustomKeys],
  2
];
var RateBasedStatementCustomKey$ = [
  3,
  n0,
  _RBSCK,
  0,
  [_He, _Cook, _QA, _QS, _HTTPM, _FIP, _IP_, _LN, _UP, _JAF, _JAFi, _ASN],
  [() => RateLimitHeader$, () => RateLimitCookie$, () => RateLimitQueryArgument$, () => RateLimitQueryString$, () => RateLimitHTTPMethod$, () => RateLimitForwardedIP$, () => RateLimitIP$, () => RateLimitLabelNamespace$, () => RateLimitUriPath$, () => RateLimitJA3Fingerprint$, () => RateLimitJA4Fingerprint$, () => RateLimitAsn$]
];
var RateBasedStatementManagedKeysIPSet$ = [
  3,
  n0,
  _RBSMKIPS,
  0,
  [_IPAV, _Ad],
  [0, 64 | 0]
];
var RateLimitAsn$ = [
  3,
  n0,
  _RLA,
  0,
  [],
  []
];
var RateLimitCookie$ = [
  3,
  n0,
  _RLC,
  0,
  [_N, _TT],
  [0, () => TextTransformations],
  2
];
var RateLimitForwardedIP$ = [
  3,
  n0,
  _RLFIP,
  0,
  [],
  []
];
var RateLimitHeader$ = [
  3,
  n0,
  _RLH,
  0,
  [_N, _TT],
  [0, () => TextTransformations],
  2
];
var RateLimitHTTPMethod$ = [
  3,
  n0,
  _RLHTTPM,
  0,
  [],
  []
];
var RateLimitIP$ = [
  3,
  n0,
  _RLIP,
  0,
  [],
  []
];
var RateLimitJA3Fingerprint$ = [
  3,
  n0,
  _RLJAF,
  0,
  [_FB],
  [0],
  1
];
var RateLimitJA4Fingerprint$ = [
  3,
  n0,
  _RLJAFa,
  0,
  [_FB],
  [0],
  1
];
var RateLimitLabelNamespace$ = [
  3,
  n0,
  _RLLN,
  0,
  [_Na],
  [0],
  1
];
var RateLimitQueryArgument$ = [
  3,
  n0,
  _RLQA,
  0,
  [_N, _TT],
  [0, () => TextTransformations],
  2
];
var RateLimitQueryString$ = [
  3,
  n0,
  _RLQS,
  0,
  [_TT],
  [() => TextTransformations],
  1
];
var RateLimitUriPath$ = [
  3,
  n0,
  _RLUP,
  0,
  [_TT],
  [() => TextTransformations],
  1
];
var Regex$ = [
  3,
  n0,
  _Reg,
  0,
  [_RSe],
  [0]
];
var RegexMatchStatement$ = [
  3,
  n0,
  _RMS,
  0,
  [_RSe, _FTM, _TT, _PPTT],
  [0, () => FieldToMatch$, () => TextTransformations, () => PreParseTextTransformations],
  3
];
var RegexPatternSet$ = [
  3,
  n0,
  _RPS,
  0,
  [_N, _Id, _ARN, _D, _REL],
  [0, 0, 0, 0, () => RegularExpressionList]
];
var RegexPatternSetReferenceStatement$ = [
  3,
  n0,
  _RPSRS,
  0,
  [_ARN, _FTM, _TT, _PPTT],
  [0, () => FieldToMatch$, () => TextTransformations, () => PreParseTextTransformations],
  3
];
var RegexPatternSetSummary$ = [
  3,
  n0,
  _RPSS,
  0,
  [_N, _Id, _D, _LT, _ARN],
  [0, 0, 0, 0, 0]
];
var ReleaseSummary$ = [
  3,
  n0,
  _RSel,
  0,
  [_RV, _Ti],
  [0, 4]
];
var RequestBodyAssociatedResourceTypeConfig$ = [
  3,
  n0,
  _RBARTC,
  0,
  [_DSIL],
  [0],
  1
];
var RequestInspection$ = [
  3,
  n0,
  _RI,
  0,
  [_PTa, _UFs, _PF],
  [0, () => UsernameField$, () => PasswordField$],
  3
];
var RequestInspectionACFP$ = [
  3,
  n0,
  _RIACFP,
  0,
  [_PTa, _UFs, _PF, _EF, _PNFh, _AFd],
  [0, () => UsernameField$, () => PasswordField$, () => EmailField$, () => PhoneNumberFields, () => AddressFields],
  1
];
var ResponseInspection$ = [
  3,
  n0,
  _RIe,
  0,
  [_SCt, _He, _BCo, _J],
  [() => ResponseInspectionStatusCode$, () => ResponseInspectionHeader$, () => ResponseInspectionBodyContains$, () => ResponseInspectionJson$]
];
var ResponseInspectionBodyContains$ = [
  3,
  n0,
  _RIBC,
  0,
  [_SSu, _FSa],
  [64 | 0, 64 | 0],
  2
];
var ResponseInspectionHeader$ = [
  3,
  n0,
  _RIH,
  0,
  [_N, _SV, _FV],
  [0, 64 | 0, 64 | 0],
  3
];
var ResponseInspectionJson$ = [
  3,
  n0,
  _RIJ,
  0,
  [_I, _SV, _FV],
  [0, 64 | 0, 64 | 0],
  3
];
var ResponseInspectionStatusCode$ = [
  3,
  n0,
  _RISC,
  0,
  [_SCu, _FC],
  [64 | 1, 64 | 1],
  2
];
var RevenueBreakdown$ = [
  3,
  n0,
  _RBe,
  0,
  [_TA, _VA, _UA, _Cu, _TS, _TMS],
  [0, 0, 0, 0, 1, 1]
];
var RevenuePathStatistics$ = [
  3,
  n0,
  _RPSe,
  0,
  [_Pa, _Pe, _Am, _RC],
  [0, 1, 0, 1],
  4
];
var Rule$ = [
  3,
  n0,
  _Rul,
  0,
  [_N, _Pr, _St, _VC, _A, _OA, _RL, _CC, _CCh],
  [0, 1, () => Statement$, () => VisibilityConfig$, () => RuleAction$, () => OverrideAction$, () => Labels, () => CaptchaConfig$, () => ChallengeConfig$],
  4
];
var RuleAction$ = [
  3,
  n0,
  _RAu,
  0,
  [_Bl, _All, _Coun, _Cap, _Ch, _Mo],
  [() => BlockAction$, () => AllowAction$, () => CountAction$, () => CaptchaAction$, () => ChallengeAction$, () => MonetizeAction$]
];
var RuleActionOverride$ = [
  3,
  n0,
  _RAOu,
  0,
  [_N, _ATU],
  [0, () => RuleAction$],
  2
];
var RuleGroup$ = [
  3,
  n0,
  _RG,
  0,
  [_N, _Id, _C, _ARN, _VC, _D, _Ru, _LN, _CRB, _ALv, _CL, _MC],
  [0, 0, 1, 0, () => VisibilityConfig$, 0, () => Rules, 0, () => CustomResponseBodies, () => LabelSummaries, () => LabelSummaries, () => MonetizationConfig$],
  5
];
var RuleGroupReferenceStatement$ = [
  3,
  n0,
  _RGRS,
  0,
  [_ARN, _ERx, _RAO],
  [0, () => ExcludedRules, () => RuleActionOverrides],
  1
];
var RuleGroupSummary$ = [
  3,
  n0,
  _RGS,
  0,
  [_N, _Id, _D, _LT, _ARN],
  [0, 0, 0, 0, 0]
];
var RuleSummary$ = [
  3,
  n0,
  _RSu,
  0,
  [_N, _A],
  [0, () => RuleAction$]
];
var SampledHTTPRequest$ = [
  3,
  n0,
  _SHTTPR,
  0,
  [_Req, _W, _Ti, _A, _RNWRG, _RHI, _RCS, _Lab, _CRa, _CRh, _OAv],
  [() => HTTPRequest$, 1, 4, 0, 0, () => HTTPHeaders, 1, () => Labels, () => CaptchaResponse$, () => ChallengeResponse$, 0],
  2
];
var SettlementRecord$ = [
  3,
  n0,
  _SRe,
  0,
  [_Ti, _Sta, _Am, _PA, _WA, _Cu, _Ne, _TI, _RIeq, _SN, _O, _SCo, _In, _Ver, _CPo, _WAA, _RTe],
  [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 4],
  3
];
var SingleHeader$ = [
  3,
  n0,
  _SH,
  0,
  [_N],
  [0],
  1
];
var SingleQueryArgument$ = [
  3,
  n0,
  _SQA,
  0,
  [_N],
  [0],
  1
];
var SizeConstraintStatement$ = [
  3,
  n0,
  _SCS,
  0,
  [_FTM, _CO, _Si, _TT, _PPTT],
  [() => FieldToMatch$, 0, 1, () => TextTransformations, () => PreParseTextTransformations],
  4
];
var SourceStatistics$ = [
  3,
  n0,
  _SSo,
  0,
  [_SN, _Pe, _Am, _RC, _SCo, _In, _O, _Ver, _GBV],
  [0, 1, 0, 1, 0, 0, 0, 2, 0],
  4
];
var SqliMatchStatement$ = [
  3,
  n0,
  _SMS,
  0,
  [_FTM, _TT, _PPTT, _SL],
  [() => FieldToMatch$, () => TextTransformations, () => PreParseTextTransformations, 0],
  2
];
var Statement$ = [
  3,
  n0,
  _St,
  0,
  [_BMS, _SMS, _XMS, _SCS, _GMS, _RGRS, _IPSRS, _RPSRS, _RBS, _AS, _OS, _NS, _MRGS, _LMS, _RMS, _AMS],
  [() => ByteMatchStatement$, () => SqliMatchStatement$, () => XssMatchStatement$, () => SizeConstraintStatement$, () => GeoMatchStatement$, () => RuleGroupReferenceStatement$, () => IPSetReferenceStatement$, () => RegexPatternSetReferenceStatement$, () => RateBasedStatement$, () => AndStatement$, () => OrStatement$, () => NotStatement$, () => ManagedRuleGroupStatement$, () => LabelMatchStatement$, () => RegexMatchStatement$, () => AsnMatchStatement$]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _Val],
  [0, 0],
  2
];
var TagInfoForResource$ = [
  3,
  n0,
  _TIFR,
  0,
  [_RARN, _TL],
  [0, () => TagList]
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_RARN, _T],
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
var TextTransformation$ = [
  3,
  n0,
  _TTe,
  0,
  [_Pr, _Ty],
  [1, 0],
  2
];
var TimeWindow$ = [
  3,
  n0,
  _TW,
  0,
  [_STta, _ETn],
  [4, 4],
  2
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
var UpdateIPSetRequest$ = [
  3,
  n0,
  _UIPSR,
  0,
  [_N, _Sc, _Id, _Ad, _LT, _D],
  [0, 0, 0, 64 | 0, 0, 0],
  5
];
var UpdateIPSetResponse$ = [
  3,
  n0,
  _UIPSRp,
  0,
  [_NLT],
  [0]
];
var UpdateManagedRuleSetVersionExpiryDateRequest$ = [
  3,
  n0,
  _UMRSVEDR,
  0,
  [_N, _Sc, _Id, _LT, _VTE, _ET],
  [0, 0, 0, 0, 0, 4],
  6
];
var UpdateManagedRuleSetVersionExpiryDateResponse$ = [
  3,
  n0,
  _UMRSVEDRp,
  0,
  [_EV, _ET, _NLT],
  [0, 4, 0]
];
var UpdateRegexPatternSetRequest$ = [
  3,
  n0,
  _URPSR,
  0,
  [_N, _Sc, _Id, _REL, _LT, _D],
  [0, 0, 0, () => RegularExpressionList, 0, 0],
  5
];
var UpdateRegexPatternSetResponse$ = [
  3,
  n0,
  _URPSRp,
  0,
  [_NLT],
  [0]
];
var UpdateRuleGroupRequest$ = [
  3,
  n0,
  _URGR,
  0,
  [_N, _Sc, _Id, _VC, _LT, _D, _Ru, _CRB, _MC],
  [0, 0, 0, () => VisibilityConfig$, 0, 0, () => Rules, () => CustomResponseBodies, () => MonetizationConfig$],
  5
];
var UpdateRuleGroupResponse$ = [
  3,
  n0,
  _URGRp,
  0,
  [_NLT],
  [0]
];
var UpdateWebACLRequest$ = [
  3,
  n0,
  _UWACLR,
  0,
  [_N, _Sc, _Id, _DA, _VC, _LT, _D, _Ru, _DPC, _CRB, _CC, _CCh, _TD, _ACs, _OSDDSPC, _ACp, _MC],
  [0, 0, 0, () => DefaultAction$, () => VisibilityConfig$, 0, 0, () => Rules, () => DataProtectionConfig$, () => CustomResponseBodies, () => CaptchaConfig$, () => ChallengeConfig$, 64 | 0, () => AssociationConfig$, () => OnSourceDDoSProtectionConfig$, () => ApplicationConfig$, () => MonetizationConfig$],
  6
];
var UpdateWebACLResponse$ = [
  3,
  n0,
  _UWACLRp,
  0,
  [_NLT],
  [0]
];
var UriFragment$ = [
  3,
  n0,
  _UF,
  0,
  [_FB],
  [0]
];
var UriPath$ = [
  3,
  n0,
  _UP,
  0,
  [],
  []
];
var UsernameField$ = [
  3,
  n0,
  _UFs,
  0,
  [_I],
  [0],
  1
];
var VersionToPublish$ = [
  3,
  n0,
  _VTPe,
  0,
  [_ARGA, _FL],
  [0, 1]
];
var VisibilityConfig$ = [
  3,
  n0,
  _VC,
  0,
  [_SRE, _CWME, _MN],
  [2, 2, 0],
  3
];
var WebACL$ = [
  3,
  n0,
  _WACL,
  0,
  [_N, _Id, _ARN, _DA, _VC, _D, _Ru, _DPC, _C, _PPFMRG, _PPFMRGo, _MBFM, _LN, _CRB, _CC, _CCh, _TD, _ACs, _RBFM, _OSDDSPC, _ACp, _MC],
  [0, 0, 0, () => DefaultAction$, () => VisibilityConfig$, 0, () => Rules, () => DataProtectionConfig$, 1, () => FirewallManagerRuleGroups, () => FirewallManagerRuleGroups, 2, 0, () => CustomResponseBodies, () => CaptchaConfig$, () => ChallengeConfig$, 64 | 0, () => AssociationConfig$, 2, () => OnSourceDDoSProtectionConfig$, () => ApplicationConfig$, () => MonetizationConfig$],
  5
];
var WebACLSummary$ = [
  3,
  n0,
  _WACLS,
  0,
  [_N, _Id, _D, _LT, _ARN],
  [0, 0, 0, 0, 0]
];
var XssMatchStatement$ = [
  3,
  n0,
  _XMS,
  0,
  [_FTM, _TT, _PPTT],
  [() => FieldToMatch$, () => TextTransformations, () => PreParseTextTransformations],
  2
];
var AddressFields = [
  1,
  n0,
  _AFd,
  0,
  () => AddressField$
];
var APIKeySummaries = [
  1,
  n0,
  _APIKSe,
  0,
  () => APIKeySummary$
];
var APIKeyTokenDomains = 64 | 0;
var ApplicationAttributes = [
  1,
  n0,
  _AApp,
  0,
  () => ApplicationAttribute$
];
var AsnList = 64 | 1;
var AttributeValues = 64 | 0;
var BotStatisticsList = [
  1,
  n0,
  _BSL,
  0,
  () => BotStatistics$
];
var Conditions = [
  1,
  n0,
  _Cond,
  0,
  () => Condition$
];
var CookieNames = 64 | 0;
var CountryCodes = 64 | 0;
var CustomHTTPHeaders = [
  1,
  n0,
  _CHTTPHu,
  0,
  () => CustomHTTPHeader$
];
var DataPointsList = [
  1,
  n0,
  _DPL,
  0,
  () => DataPointEntry$
];
var DataProtections = [
  1,
  n0,
  _DPa,
  0,
  () => DataProtection$
];
var DisallowedFeatures = [
  1,
  n0,
  _DF,
  0,
  () => DisallowedFeature$
];
var ExcludedRules = [
  1,
  n0,
  _ERx,
  0,
  () => ExcludedRule$
];
var FieldToProtectKeys = 64 | 0;
var Filters = [
  1,
  n0,
  _Fil,
  0,
  () => Filter$
];
var FirewallManagerRuleGroups = [
  1,
  n0,
  _FMRGi,
  0,
  () => FirewallManagerRuleGroup$
];
var HeaderNames = 64 | 0;
var HTTPHeaders = [
  1,
  n0,
  _HTTPHe,
  0,
  () => HTTPHeader$
];
var IPAddresses = 64 | 0;
var IPSetSummaries = [
  1,
  n0,
  _IPSSe,
  0,
  () => IPSetSummary$
];
var JsonPointerPaths = 64 | 0;
var Labels = [
  1,
  n0,
  _Lab,
  0,
  () => Label$
];
var LabelSummaries = [
  1,
  n0,
  _LSab,
  0,
  () => LabelSummary$
];
var LogDestinationConfigs = 64 | 0;
var LoggingConfigurations = [
  1,
  n0,
  _LCo,
  0,
  () => LoggingConfiguration$
];
var ManagedProductDescriptors = [
  1,
  n0,
  _MPDa,
  0,
  () => ManagedProductDescriptor$
];
var ManagedRuleGroupConfigs = [
  1,
  n0,
  _MRGCa,
  0,
  () => ManagedRuleGroupConfig$
];
var ManagedRuleGroupSummaries = [
  1,
  n0,
  _MRGSan,
  0,
  () => ManagedRuleGroupSummary$
];
var ManagedRuleGroupVersions = [
  1,
  n0,
  _MRGVa,
  0,
  () => ManagedRuleGroupVersion$
];
var ManagedRuleSetSummaries = [
  1,
  n0,
  _MRSSa,
  0,
  () => ManagedRuleSetSummary$
];
var MonetizationFilterList = [
  1,
  n0,
  _MFL,
  0,
  () => MonetizationFilter$
];
var MonetizationFilterValueList = 64 | 0;
var PathStatisticsList = [
  1,
  n0,
  _PSL,
  0,
  () => PathStatistics$
];
var PaymentNetworks = [
  1,
  n0,
  _PN,
  0,
  () => PaymentNetwork$
];
var PhoneNumberFields = [
  1,
  n0,
  _PNFh,
  0,
  () => PhoneNumberField$
];
var PreParseTextTransformations = [
  1,
  n0,
  _PPTT,
  0,
  () => PreParseTextTransformation$
];
var Prices = [
  1,
  n0,
  _Pri,
  0,
  () => Price$
];
var RateBasedStatementCustomKeys = [
  1,
  n0,
  _RBSCKa,
  0,
  () => RateBasedStatementCustomKey$
];
var RedactedFields = [
  1,
  n0,
  _RF,
  0,
  () => FieldToMatch$
];
var RegexPatternSetSummaries = [
  1,
  n0,
  _RPSSe,
  0,
  () => RegexPatternSetSummary$
];
var RegularExpressionList = [
  1,
  n0,
  _REL,
  0,
  () => Regex$
];
var ReleaseSummaries = [
  1,
  n0,
  _RS,
  0,
  () => ReleaseSummary$
];
var ResourceArns = 64 | 0;
var ResponseInspectionBodyContainsFailureStrings = 64 | 0;
var ResponseInspectionBodyContainsSuccessStrings = 64 | 0;
var ResponseInspectionHeaderFailureValues = 64 | 0;
var ResponseInspectionHeaderSuccessValues = 64 | 0;
var ResponseInspectionJsonFailureValues = 64 | 0;
var ResponseInspectionJsonSuccessValues = 64 | 0;
var ResponseInspectionStatusCodeFailureCodes = 64 | 1;
var ResponseInspectionStatusCodeSuccessCodes = 64 | 1;
var RevenuePathStatisticsList = [
  1,
  n0,
  _RPSL,
  0,
  () => RevenuePathStatistics$
];
var RuleActionOverrides = [
  1,
  n0,
  _RAO,
  0,
  () => RuleActionOverride$
];
var RuleGroupSummaries = [
  1,
  n0,
  _RGSu,
  0,
  () => RuleGroupSummary$
];
var Rules = [
  1,
  n0,
  _Ru,
  0,
  () => Rule$
];
var RuleSummaries = [
  1,
  n0,
  _RSul,
  0,
  () => RuleSummary$
];
var SampledHTTPRequests = [
  1,
  n0,
  _SHTTPRa,
  0,
  () => SampledHTTPRequest$
];
var SettlementRecordList = [
  1,
  n0,
  _SRL,
  0,
  () => SettlementRecord$
];
var SourceStatisticsList = [
  1,
  n0,
  _SSL,
  0,
  () => SourceStatistics$
];
var Statements = [
  1,
  n0,
  _S,
  0,
  () => Statement$
];
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var TextTransformations = [
  1,
  n0,
  _TT,
  0,
  () => TextTransformation$
];
var TokenDomains = 64 | 0;
var WebACLSummaries = [
  1,
  n0,
  _WACLSe,
  0,
  () => WebACLSummary$
];
var CustomResponseBodies = [
  2,
  n0,
  _CRB,
  0,
  0,
  () => CustomResponseBody$
];
var PublishedVersions = [
  2,
  n0,
  _PV,
  0,
  0,
  () => ManagedRuleSetVersion$
];
var RequestBody = [
  2,
  n0,
  _RB,
  0,
  0,
  () => RequestBodyAssociatedResourceTypeConfig$
];
var VersionsToPublish = [
  2,
  n0,
  _VTP,
  0,
  0,
  () => VersionToPublish$
];
var AssociateWebACL$ = [
  9,
  n0,
  _AWACL,
  0,
  () => AssociateWebACLRequest$,
  () => AssociateWebACLResponse$
];
var CheckCapacity$ = [
  9,
  n0,
  _CChe,
  0,
  () => CheckCapacityRequest$,
  () => CheckCapacityResponse$
];
var CreateAPIKey$ = [
  9,
  n0,
  _CAPIK,
  0,
  () => CreateAPIKeyRequest$,
  () => CreateAPIKeyResponse$
];
var CreateIPSet$ = [
  9,
  n0,
  _CIPS,
  0,
  () => CreateIPSetRequest$,
  () => CreateIPSetResponse$
];
var CreateRegexPatternSet$ = [
  9,
  n0,
  _CRPS,
  0,
  () => CreateRegexPatternSetRequest$,
  () => CreateRegexPatternSetResponse$
];
var CreateRuleGroup$ = [
  9,
  n0,
  _CRG,
  0,
  () => CreateRuleGroupRequest$,
  () => CreateRuleGroupResponse$
];
var CreateWebACL$ = [
  9,
  n0,
  _CWACL,
  0,
  () => CreateWebACLRequest$,
  () => CreateWebACLResponse$
];
var DeleteAPIKey$ = [
  9,
  n0,
  _DAPIK,
  0,
  () => DeleteAPIKeyRequest$,
  () => DeleteAPIKeyResponse$
];
var DeleteFirewallManagerRuleGroups$ = [
  9,
  n0,
  _DFMRG,
  0,
  () => DeleteFirewallManagerRuleGroupsRequest$,
  () => DeleteFirewallManagerRuleGroupsResponse$
];
var DeleteIPSet$ = [
  9,
  n0,
  _DIPS,
  0,
  () => DeleteIPSetRequest$,
  () => DeleteIPSetResponse$
];
var DeleteLoggingConfiguration$ = [
  9,
  n0,
  _DLC,
  0,
  () => DeleteLoggingConfigurationRequest$,
  () => DeleteLoggingConfigurationResponse$
];
var DeletePermissionPolicy$ = [
  9,
  n0,
  _DPP,
  0,
  () => DeletePermissionPolicyRequest$,
  () => DeletePermissionPolicyResponse$
];
var DeleteRegexPatternSet$ = [
  9,
  n0,
  _DRPS,
  0,
  () => DeleteRegexPatternSetRequest$,
  () => DeleteRegexPatternSetResponse$
];
var DeleteRuleGroup$ = [
  9,
  n0,
  _DRG,
  0,
  () => DeleteRuleGroupRequest$,
  () => DeleteRuleGroupResponse$
];
var DeleteWebACL$ = [
  9,
  n0,
  _DWACL,
  0,
  () => DeleteWebACLRequest$,
  () => DeleteWebACLResponse$
];
var DescribeAllManagedProducts$ = [
  9,
  n0,
  _DAMP,
  0,
  () => DescribeAllManagedProductsRequest$,
  () => DescribeAllManagedProductsResponse$
];
var DescribeManagedProductsByVendor$ = [
  9,
  n0,
  _DMPBV,
  0,
  () => DescribeManagedProductsByVendorRequest$,
  () => DescribeManagedProductsByVendorResponse$
];
var DescribeManagedRuleGroup$ = [
  9,
  n0,
  _DMRG,
  0,
  () => DescribeManagedRuleGroupRequest$,
  () => DescribeManagedRuleGroupResponse$
];
var DisassociateWebACL$ = [
  9,
  n0,
  _DWACLi,
  0,
  () => DisassociateWebACLRequest$,
  () => DisassociateWebACLResponse$
];
var GenerateMobileSdkReleaseUrl$ = [
  9,
  n0,
  _GMSRU,
  0,
  () => GenerateMobileSdkReleaseUrlRequest$,
  () => GenerateMobileSdkReleaseUrlResponse$
];
var GetDecryptedAPIKey$ = [
  9,
  n0,
  _GDAPIK,
  0,
  () => GetDecryptedAPIKeyRequest$,
  () => GetDecryptedAPIKeyResponse$
];
var GetIPSet$ = [
  9,
  n0,
  _GIPS,
  0,
  () => GetIPSetRequest$,
  () => GetIPSetResponse$
];
var GetLoggingConfiguration$ = [
  9,
  n0,
  _GLC,
  0,
  () => GetLoggingConfigurationRequest$,
  () => GetLoggingConfigurationResponse$
];
var GetManagedRuleSet$ = [
  9,
  n0,
  _GMRS,
  0,
  () => GetManagedRuleSetRequest$,
  () => GetManagedRuleSetResponse$
];
var GetMobileSdkRelease$ = [
  9,
  n0,
  _GMSR,
  0,
  () => GetMobileSdkReleaseRequest$,
  () => GetMobileSdkReleaseResponse$
];
var GetPermissionPolicy$ = [
  9,
  n0,
  _GPP,
  0,
  () => GetPermissionPolicyRequest$,
  () => GetPermissionPolicyResponse$
];
var GetRateBasedStatementManagedKeys$ = [
  9,
  n0,
  _GRBSMK,
  0,
  () => GetRateBasedStatementManagedKeysRequest$,
  () => GetRateBasedStatementManagedKeysResponse$
];
var GetRegexPatternSet$ = [
  9,
  n0,
  _GRPS,
  0,
  () => GetRegexPatternSetRequest$,
  () => GetRegexPatternSetResponse$
];
var GetRevenueStatistics$ = [
  9,
  n0,
  _GRS,
  0,
  () => GetRevenueStatisticsRequest$,
  () => GetRevenueStatisticsResponse$
];
var GetRevenueStatisticsSummary$ = [
  9,
  n0,
  _GRSS,
  0,
  () => GetRevenueStatisticsSummaryRequest$,
  () => GetRevenueStatisticsSummaryResponse$
];
var GetRevenueStatisticsTimeSeries$ = [
  9,
  n0,
  _GRSTS,
  0,
  () => GetRevenueStatisticsTimeSeriesRequest$,
  () => GetRevenueStatisticsTimeSeriesResponse$
];
var GetRuleGroup$ = [
  9,
  n0,
  _GRG,
  0,
  () => GetRuleGroupRequest$,
  () => GetRuleGroupResponse$
];
var GetSampledRequests$ = [
  9,
  n0,
  _GSR,
  0,
  () => GetSampledRequestsRequest$,
  () => GetSampledRequestsResponse$
];
var GetTopPathStatisticsByTraffic$ = [
  9,
  n0,
  _GTPSBT,
  0,
  () => GetTopPathStatisticsByTrafficRequest$,
  () => GetTopPathStatisticsByTrafficResponse$
];
var GetWebACL$ = [
  9,
  n0,
  _GWACL,
  0,
  () => GetWebACLRequest$,
  () => GetWebACLResponse$
];
var GetWebACLForResource$ = [
  9,
  n0,
  _GWACLFR,
  0,
  () => GetWebACLForResourceRequest$,
  () => GetWebACLForResourceResponse$
];
var ListAPIKeys$ = [
  9,
  n0,
  _LAPIK,
  0,
  () => ListAPIKeysRequest$,
  () => ListAPIKeysResponse$
];
var ListAvailableManagedRuleGroups$ = [
  9,
  n0,
  _LAMRG,
  0,
  () => ListAvailableManagedRuleGroupsRequest$,
  () => ListAvailableManagedRuleGroupsResponse$
];
var ListAvailableManagedRuleGroupVersions$ = [
  9,
  n0,
  _LAMRGV,
  0,
  () => ListAvailableManagedRuleGroupVersionsRequest$,
  () => ListAvailableManagedRuleGroupVersionsResponse$
];
var ListIPSets$ = [
  9,
  n0,
  _LIPS,
  0,
  () => ListIPSetsRequest$,
  () => ListIPSetsResponse$
];
var ListLoggingConfigurations$ = [
  9,
  n0,
  _LLC,
  0,
  () => ListLoggingConfigurationsRequest$,
  () => ListLoggingConfigurationsResponse$
];
var ListManagedRuleSets$ = [
  9,
  n0,
  _LMRS,
  0,
  () => ListManagedRuleSetsRequest$,
  () => ListManagedRuleSetsResponse$
];
var ListMobileSdkReleases$ = [
  9,
  n0,
  _LMSR,
  0,
  () => ListMobileSdkReleasesRequest$,
  () => ListMobileSdkReleasesResponse$
];
var ListRegexPatternSets$ = [
  9,
  n0,
  _LRPS,
  0,
  () => ListRegexPatternSetsRequest$,
  () => ListRegexPatternSetsResponse$
];
var ListResourcesForWebACL$ = [
  9,
  n0,
  _LRFWACL,
  0,
  () => ListResourcesForWebACLRequest$,
  () => ListResourcesForWebACLResponse$
];
var ListRuleGroups$ = [
  9,
  n0,
  _LRG,
  0,
  () => ListRuleGroupsRequest$,
  () => ListRuleGroupsResponse$
];
var ListSettlementRecords$ = [
  9,
  n0,
  _LSR,
  0,
  () => ListSettlementRecordsRequest$,
  () => ListSettlementRecordsResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  0,
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var ListWebACLs$ = [
  9,
  n0,
  _LWACL,
  0,
  () => ListWebACLsRequest$,
  () => ListWebACLsResponse$
];
var PutLoggingConfiguration$ = [
  9,
  n0,
  _PLC,
  0,
  () => PutLoggingConfigurationRequest$,
  () => PutLoggingConfigurationResponse$
];
var PutManagedRuleSetVersions$ = [
  9,
  n0,
  _PMRSV,
  0,
  () => PutManagedRuleSetVersionsRequest$,
  () => PutManagedRuleSetVersionsResponse$
];
var PutPermissionPolicy$ = [
  9,
  n0,
  _PPP,
  0,
  () => PutPermissionPolicyRequest$,
  () => PutPermissionPolicyResponse$
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
var UpdateIPSet$ = [
  9,
  n0,
  _UIPS,
  0,
  () => UpdateIPSetRequest$,
  () => UpdateIPSetResponse$
];
var UpdateManagedRuleSetVersionExpiryDate$ = [
  9,
  n0,
  _UMRSVED,
  0,
  () => UpdateManagedRuleSetVersionExpiryDateRequest$,
  () => UpdateManagedRuleSetVersionExpiryDateResponse$
];
var UpdateRegexPatternSet$ = [
  9,
  n0,
  _URPS,
  0,
  () => UpdateRegexPatternSetRequest$,
  () => UpdateRegexPatternSetResponse$
];
var UpdateRuleGroup$ = [
  9,
  n0,
  _URG,
  0,
  () => UpdateRuleGroupRequest$,
  () => UpdateRuleGroupResponse$
];
var UpdateWebACL$ = [
  9,
  n0,
  _UWACL,
  0,
  () => UpdateWebACLRequest$,
  () => UpdateWebACLResponse$
];

// node_modules/@aws-sdk/client-wafv2/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2019-07-29",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultWAFV2HttpAuthSchemeProvider,
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
      defaultNamespace: "com.amazonaws.wafv2",
      errorTypeRegistries,
      xmlNamespace: "http://waf.amazonaws.com/doc/2019-07-29/",
      version: "2019-07-29",
      serviceTarget: "AWSWAF_20190729"
    },
    serviceId: config?.serviceId ?? "WAFV2",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-wafv2/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-wafv2/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-wafv2/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-wafv2/dist-es/WAFV2Client.js
var WAFV2Client = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultWAFV2HttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-wafv2/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSWAF_20190729", "WAFV2Client", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/AssociateWebACLCommand.js
var AssociateWebACLCommand = class extends command(_ep0, _mw0, "AssociateWebACL", AssociateWebACL$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/CheckCapacityCommand.js
var CheckCapacityCommand = class extends command(_ep0, _mw0, "CheckCapacity", CheckCapacity$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/CreateAPIKeyCommand.js
var CreateAPIKeyCommand = class extends command(_ep0, _mw0, "CreateAPIKey", CreateAPIKey$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/CreateIPSetCommand.js
var CreateIPSetCommand = class extends command(_ep0, _mw0, "CreateIPSet", CreateIPSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/CreateRegexPatternSetCommand.js
var CreateRegexPatternSetCommand = class extends command(_ep0, _mw0, "CreateRegexPatternSet", CreateRegexPatternSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/CreateRuleGroupCommand.js
var CreateRuleGroupCommand = class extends command(_ep0, _mw0, "CreateRuleGroup", CreateRuleGroup$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/CreateWebACLCommand.js
var CreateWebACLCommand = class extends command(_ep0, _mw0, "CreateWebACL", CreateWebACL$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DeleteAPIKeyCommand.js
var DeleteAPIKeyCommand = class extends command(_ep0, _mw0, "DeleteAPIKey", DeleteAPIKey$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DeleteFirewallManagerRuleGroupsCommand.js
var DeleteFirewallManagerRuleGroupsCommand = class extends command(_ep0, _mw0, "DeleteFirewallManagerRuleGroups", DeleteFirewallManagerRuleGroups$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DeleteIPSetCommand.js
var DeleteIPSetCommand = class extends command(_ep0, _mw0, "DeleteIPSet", DeleteIPSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DeleteLoggingConfigurationCommand.js
var DeleteLoggingConfigurationCommand = class extends command(_ep0, _mw0, "DeleteLoggingConfiguration", DeleteLoggingConfiguration$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DeletePermissionPolicyCommand.js
var DeletePermissionPolicyCommand = class extends command(_ep0, _mw0, "DeletePermissionPolicy", DeletePermissionPolicy$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DeleteRegexPatternSetCommand.js
var DeleteRegexPatternSetCommand = class extends command(_ep0, _mw0, "DeleteRegexPatternSet", DeleteRegexPatternSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DeleteRuleGroupCommand.js
var DeleteRuleGroupCommand = class extends command(_ep0, _mw0, "DeleteRuleGroup", DeleteRuleGroup$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DeleteWebACLCommand.js
var DeleteWebACLCommand = class extends command(_ep0, _mw0, "DeleteWebACL", DeleteWebACL$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DescribeAllManagedProductsCommand.js
var DescribeAllManagedProductsCommand = class extends command(_ep0, _mw0, "DescribeAllManagedProducts", DescribeAllManagedProducts$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DescribeManagedProductsByVendorCommand.js
var DescribeManagedProductsByVendorCommand = class extends command(_ep0, _mw0, "DescribeManagedProductsByVendor", DescribeManagedProductsByVendor$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DescribeManagedRuleGroupCommand.js
var DescribeManagedRuleGroupCommand = class extends command(_ep0, _mw0, "DescribeManagedRuleGroup", DescribeManagedRuleGroup$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/DisassociateWebACLCommand.js
var DisassociateWebACLCommand = class extends command(_ep0, _mw0, "DisassociateWebACL", DisassociateWebACL$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GenerateMobileSdkReleaseUrlCommand.js
var GenerateMobileSdkReleaseUrlCommand = class extends command(_ep0, _mw0, "GenerateMobileSdkReleaseUrl", GenerateMobileSdkReleaseUrl$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetDecryptedAPIKeyCommand.js
var GetDecryptedAPIKeyCommand = class extends command(_ep0, _mw0, "GetDecryptedAPIKey", GetDecryptedAPIKey$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetIPSetCommand.js
var GetIPSetCommand = class extends command(_ep0, _mw0, "GetIPSet", GetIPSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetLoggingConfigurationCommand.js
var GetLoggingConfigurationCommand = class extends command(_ep0, _mw0, "GetLoggingConfiguration", GetLoggingConfiguration$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetManagedRuleSetCommand.js
var GetManagedRuleSetCommand = class extends command(_ep0, _mw0, "GetManagedRuleSet", GetManagedRuleSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetMobileSdkReleaseCommand.js
var GetMobileSdkReleaseCommand = class extends command(_ep0, _mw0, "GetMobileSdkRelease", GetMobileSdkRelease$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetPermissionPolicyCommand.js
var GetPermissionPolicyCommand = class extends command(_ep0, _mw0, "GetPermissionPolicy", GetPermissionPolicy$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetRateBasedStatementManagedKeysCommand.js
var GetRateBasedStatementManagedKeysCommand = class extends command(_ep0, _mw0, "GetRateBasedStatementManagedKeys", GetRateBasedStatementManagedKeys$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetRegexPatternSetCommand.js
var GetRegexPatternSetCommand = class extends command(_ep0, _mw0, "GetRegexPatternSet", GetRegexPatternSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetRevenueStatisticsCommand.js
var GetRevenueStatisticsCommand = class extends command(_ep0, _mw0, "GetRevenueStatistics", GetRevenueStatistics$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetRevenueStatisticsSummaryCommand.js
var GetRevenueStatisticsSummaryCommand = class extends command(_ep0, _mw0, "GetRevenueStatisticsSummary", GetRevenueStatisticsSummary$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetRevenueStatisticsTimeSeriesCommand.js
var GetRevenueStatisticsTimeSeriesCommand = class extends command(_ep0, _mw0, "GetRevenueStatisticsTimeSeries", GetRevenueStatisticsTimeSeries$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetRuleGroupCommand.js
var GetRuleGroupCommand = class extends command(_ep0, _mw0, "GetRuleGroup", GetRuleGroup$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetSampledRequestsCommand.js
var GetSampledRequestsCommand = class extends command(_ep0, _mw0, "GetSampledRequests", GetSampledRequests$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetTopPathStatisticsByTrafficCommand.js
var GetTopPathStatisticsByTrafficCommand = class extends command(_ep0, _mw0, "GetTopPathStatisticsByTraffic", GetTopPathStatisticsByTraffic$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetWebACLCommand.js
var GetWebACLCommand = class extends command(_ep0, _mw0, "GetWebACL", GetWebACL$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/GetWebACLForResourceCommand.js
var GetWebACLForResourceCommand = class extends command(_ep0, _mw0, "GetWebACLForResource", GetWebACLForResource$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListAPIKeysCommand.js
var ListAPIKeysCommand = class extends command(_ep0, _mw0, "ListAPIKeys", ListAPIKeys$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListAvailableManagedRuleGroupsCommand.js
var ListAvailableManagedRuleGroupsCommand = class extends command(_ep0, _mw0, "ListAvailableManagedRuleGroups", ListAvailableManagedRuleGroups$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListAvailableManagedRuleGroupVersionsCommand.js
var ListAvailableManagedRuleGroupVersionsCommand = class extends command(_ep0, _mw0, "ListAvailableManagedRuleGroupVersions", ListAvailableManagedRuleGroupVersions$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListIPSetsCommand.js
var ListIPSetsCommand = class extends command(_ep0, _mw0, "ListIPSets", ListIPSets$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListLoggingConfigurationsCommand.js
var ListLoggingConfigurationsCommand = class extends command(_ep0, _mw0, "ListLoggingConfigurations", ListLoggingConfigurations$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListManagedRuleSetsCommand.js
var ListManagedRuleSetsCommand = class extends command(_ep0, _mw0, "ListManagedRuleSets", ListManagedRuleSets$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListMobileSdkReleasesCommand.js
var ListMobileSdkReleasesCommand = class extends command(_ep0, _mw0, "ListMobileSdkReleases", ListMobileSdkReleases$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListRegexPatternSetsCommand.js
var ListRegexPatternSetsCommand = class extends command(_ep0, _mw0, "ListRegexPatternSets", ListRegexPatternSets$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListResourcesForWebACLCommand.js
var ListResourcesForWebACLCommand = class extends command(_ep0, _mw0, "ListResourcesForWebACL", ListResourcesForWebACL$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListRuleGroupsCommand.js
var ListRuleGroupsCommand = class extends command(_ep0, _mw0, "ListRuleGroups", ListRuleGroups$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListSettlementRecordsCommand.js
var ListSettlementRecordsCommand = class extends command(_ep0, _mw0, "ListSettlementRecords", ListSettlementRecords$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/ListWebACLsCommand.js
var ListWebACLsCommand = class extends command(_ep0, _mw0, "ListWebACLs", ListWebACLs$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/PutLoggingConfigurationCommand.js
var PutLoggingConfigurationCommand = class extends command(_ep0, _mw0, "PutLoggingConfiguration", PutLoggingConfiguration$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/PutManagedRuleSetVersionsCommand.js
var PutManagedRuleSetVersionsCommand = class extends command(_ep0, _mw0, "PutManagedRuleSetVersions", PutManagedRuleSetVersions$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/PutPermissionPolicyCommand.js
var PutPermissionPolicyCommand = class extends command(_ep0, _mw0, "PutPermissionPolicy", PutPermissionPolicy$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/UpdateIPSetCommand.js
var UpdateIPSetCommand = class extends command(_ep0, _mw0, "UpdateIPSet", UpdateIPSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/UpdateManagedRuleSetVersionExpiryDateCommand.js
var UpdateManagedRuleSetVersionExpiryDateCommand = class extends command(_ep0, _mw0, "UpdateManagedRuleSetVersionExpiryDate", UpdateManagedRuleSetVersionExpiryDate$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/UpdateRegexPatternSetCommand.js
var UpdateRegexPatternSetCommand = class extends command(_ep0, _mw0, "UpdateRegexPatternSet", UpdateRegexPatternSet$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/UpdateRuleGroupCommand.js
var UpdateRuleGroupCommand = class extends command(_ep0, _mw0, "UpdateRuleGroup", UpdateRuleGroup$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/commands/UpdateWebACLCommand.js
var UpdateWebACLCommand = class extends command(_ep0, _mw0, "UpdateWebACL", UpdateWebACL$) {
};

// node_modules/@aws-sdk/client-wafv2/dist-es/WAFV2.js
var commands = {
  AssociateWebACLCommand,
  CheckCapacityCommand,
  CreateAPIKeyCommand,
  CreateIPSetCommand,
  CreateRegexPatternSetCommand,
  CreateRuleGroupCommand,
  CreateWebACLCommand,
  DeleteAPIKeyCommand,
  DeleteFirewallManagerRuleGroupsCommand,
  DeleteIPSetCommand,
  DeleteLoggingConfigurationCommand,
  DeletePermissionPolicyCommand,
  DeleteRegexPatternSetCommand,
  DeleteRuleGroupCommand,
  DeleteWebACLCommand,
  DescribeAllManagedProductsCommand,
  DescribeManagedProductsByVendorCommand,
  DescribeManagedRuleGroupCommand,
  DisassociateWebACLCommand,
  GenerateMobileSdkReleaseUrlCommand,
  GetDecryptedAPIKeyCommand,
  GetIPSetCommand,
  GetLoggingConfigurationCommand,
  GetManagedRuleSetCommand,
  GetMobileSdkReleaseCommand,
  GetPermissionPolicyCommand,
  GetRateBasedStatementManagedKeysCommand,
  GetRegexPatternSetCommand,
  GetRevenueStatisticsCommand,
  GetRevenueStatisticsSummaryCommand,
  GetRevenueStatisticsTimeSeriesCommand,
  GetRuleGroupCommand,
  GetSampledRequestsCommand,
  GetTopPathStatisticsByTrafficCommand,
  GetWebACLCommand,
  GetWebACLForResourceCommand,
  ListAPIKeysCommand,
  ListAvailableManagedRuleGroupsCommand,
  ListAvailableManagedRuleGroupVersionsCommand,
  ListIPSetsCommand,
  ListLoggingConfigurationsCommand,
  ListManagedRuleSetsCommand,
  ListMobileSdkReleasesCommand,
  ListRegexPatternSetsCommand,
  ListResourcesForWebACLCommand,
  ListRuleGroupsCommand,
  ListSettlementRecordsCommand,
  ListTagsForResourceCommand,
  ListWebACLsCommand,
  PutLoggingConfigurationCommand,
  PutManagedRuleSetVersionsCommand,
  PutPermissionPolicyCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateIPSetCommand,
  UpdateManagedRuleSetVersionExpiryDateCommand,
  UpdateRegexPatternSetCommand,
  UpdateRuleGroupCommand,
  UpdateWebACLCommand
};
var WAFV2 = class extends WAFV2Client {
};
createAggregatedClient(commands, WAFV2);

// node_modules/@aws-sdk/client-wafv2/dist-es/models/enums.js
var ActionValue = {
  ALLOW: "ALLOW",
  BLOCK: "BLOCK",
  CAPTCHA: "CAPTCHA",
  CHALLENGE: "CHALLENGE",
  COUNT: "COUNT",
  EXCLUDED_AS_COUNT: "EXCLUDED_AS_COUNT",
  MONETIZE: "MONETIZE"
};
var FallbackBehavior = {
  MATCH: "MATCH",
  NO_MATCH: "NO_MATCH"
};
var OversizeHandling = {
  CONTINUE: "CONTINUE",
  MATCH: "MATCH",
  NO_MATCH: "NO_MATCH"
};
var MapMatchScope = {
  ALL: "ALL",
  KEY: "KEY",
  VALUE: "VALUE"
};
var BodyParsingFallbackBehavior = {
  EVALUATE_AS_STRING: "EVALUATE_AS_STRING",
  MATCH: "MATCH",
  NO_MATCH: "NO_MATCH"
};
var JsonMatchScope = {
  ALL: "ALL",
  KEY: "KEY",
  VALUE: "VALUE"
};
var PositionalConstraint = {
  CONTAINS: "CONTAINS",
  CONTAINS_WORD: "CONTAINS_WORD",
  ENDS_WITH: "ENDS_WITH",
  EXACTLY: "EXACTLY",
  STARTS_WITH: "STARTS_WITH"
};
var PreParseTextTransformationType = {
  COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA: "COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA",
  NONE: "NONE",
  REPLACE_SEMICOLONS_WITH_AMPERSANDS: "REPLACE_SEMICOLONS_WITH_AMPERSANDS",
  URL_DECODE: "URL_DECODE",
  URL_DECODE_UNI: "URL_DECODE_UNI"
};
var TextTransformationType = {
  BASE64_DECODE: "BASE64_DECODE",
  BASE64_DECODE_EXT: "BASE64_DECODE_EXT",
  CMD_LINE: "CMD_LINE",
  CMD_LINE_UNIX: "CMD_LINE_UNIX",
  CMD_LINE_WIN: "CMD_LINE_WIN",
  COMPRESS_WHITE_SPACE: "COMPRESS_WHITE_SPACE",
  CSS_DECODE: "CSS_DECODE",
  ESCAPE_SEQ_DECODE: "ESCAPE_SEQ_DECODE",
  HEX_DECODE: "HEX_DECODE",
  HTML_ENTITY_DECODE: "HTML_ENTITY_DECODE",
  JS_DECODE: "JS_DECODE",
  JS_DECODE_EXT: "JS_DECODE_EXT",
  LOWERCASE: "LOWERCASE",
  MD5: "MD5",
  NONE: "NONE",
  NORMALIZE_PATH: "NORMALIZE_PATH",
  NORMALIZE_PATH_WIN: "NORMALIZE_PATH_WIN",
  REMOVE_COMMENTS_CHAR: "REMOVE_COMMENTS_CHAR",
  REMOVE_NULLS: "REMOVE_NULLS",
  REMOVE_WHITESPACE: "REMOVE_WHITESPACE",
  REPLACE_COMMENTS: "REPLACE_COMMENTS",
  REPLACE_NULLS: "REPLACE_NULLS",
  SHA256: "SHA256",
  SQL_HEX_DECODE: "SQL_HEX_DECODE",
  TRIM: "TRIM",
  TRIM_LEFT: "TRIM_LEFT",
  TRIM_RIGHT: "TRIM_RIGHT",
  UPPERCASE: "UPPERCASE",
  URL_DECODE: "URL_DECODE",
  URL_DECODE_UNI: "URL_DECODE_UNI",
  UTF8_TO_UNICODE: "UTF8_TO_UNICODE"
};
var CountryCode = {
  AD: "AD",
  AE: "AE",
  AF: "AF",
  AG: "AG",
  AI: "AI",
  AL: "AL",
  AM: "AM",
  AO: "AO",
  AQ: "AQ",
  AR: "AR",
  AS: "AS",
  AT: "AT",
  AU: "AU",
  AW: "AW",
  AX: "AX",
  AZ: "AZ",
  BA: "BA",
  BB: "BB",
  BD: "BD",
  BE: "BE",
  BF: "BF",
  BG: "BG",
  BH: "BH",
  BI: "BI",
  BJ: "BJ",
  BL: "BL",
  BM: "BM",
  BN: "BN",
  BO: "BO",
  BQ: "BQ",
  BR: "BR",
  BS: "BS",
  BT: "BT",
  BV: "BV",
  BW: "BW",
  BY: "BY",
  BZ: "BZ",
  CA: "CA",
  CC: "CC",
  CD: "CD",
  CF: "CF",
  CG: "CG",
  CH: "CH",
  CI: "CI",
  CK: "CK",
  CL: "CL",
  CM: "CM",
  CN: "CN",
  CO: "CO",
  CR: "CR",
  CU: "CU",
  CV: "CV",
  CW: "CW",
  CX: "CX",
  CY: "CY",
  CZ: "CZ",
  DE: "DE",
  DJ: "DJ",
  DK: "DK",
  DM: "DM",
  DO: "DO",
  DZ: "DZ",
  EC: "EC",
  EE: "EE",
  EG: "EG",
  EH: "EH",
  ER: "ER",
  ES: "ES",
  ET: "ET",
  FI: "FI",
  FJ: "FJ",
  FK: "FK",
  FM: "FM",
  FO: "FO",
  FR: "FR",
  GA: "GA",
  GB: "GB",
  GD: "GD",
  GE: "GE",
  GF: "GF",
  GG: "GG",
  GH: "GH",
  GI: "GI",
  GL: "GL",
  GM: "GM",
  GN: "GN",
  GP: "GP",
  GQ: "GQ",
  GR: "GR",
  GS: "GS",
  GT: "GT",
  GU: "GU",
  GW: "GW",
  GY: "GY",
  HK: "HK",
  HM: "HM",
  HN: "HN",
  HR: "HR",
  HT: "HT",
  HU: "HU",
  ID: "ID",
  IE: "IE",
  IL: "IL",
  IM: "IM",
  IN: "IN",
  IO: "IO",
  IQ: "IQ",
  IR: "IR",
  IS: "IS",
  IT: "IT",
  JE: "JE",
  JM: "JM",
  JO: "JO",
  JP: "JP",
  KE: "KE",
  KG: "KG",
  KH: "KH",
  KI: "KI",
  KM: "KM",
  KN: "KN",
  KP: "KP",
  KR: "KR",
  KW: "KW",
  KY: "KY",
  KZ: "KZ",
  LA: "LA",
  LB: "LB",
  LC: "LC",
  LI: "LI",
  LK: "LK",
  LR: "LR",
  LS: "LS",
  LT: "LT",
  LU: "LU",
  LV: "LV",
  LY: "LY",
  MA: "MA",
  MC: "MC",
  MD: "MD",
  ME: "ME",
  MF: "MF",
  MG: "MG",
  MH: "MH",
  MK: "MK",
  ML: "ML",
  MM: "MM",
  MN: "MN",
  MO: "MO",
  MP: "MP",
  MQ: "MQ",
  MR: "MR",
  MS: "MS",
  MT: "MT",
  MU: "MU",
  MV: "MV",
  MW: "MW",
  MX: "MX",
  MY: "MY",
  MZ: "MZ",
  NA: "NA",
  NC: "NC",
  NE: "NE",
  NF: "NF",
  NG: "NG",
  NI: "NI",
  NL: "NL",
  NO: "NO",
  NP: "NP",
  NR: "NR",
  NU: "NU",
  NZ: "NZ",
  OM: "OM",
  PA: "PA",
  PE: "PE",
  PF: "PF",
  PG: "PG",
  PH: "PH",
  PK: "PK",
  PL: "PL",
  PM: "PM",
  PN: "PN",
  PR: "PR",
  PS: "PS",
  PT: "PT",
  PW: "PW",
  PY: "PY",
  QA: "QA",
  RE: "RE",
  RO: "RO",
  RS: "RS",
  RU: "RU",
  RW: "RW",
  SA: "SA",
  SB: "SB",
  SC: "SC",
  SD: "SD",
  SE: "SE",
  SG: "SG",
  SH: "SH",
  SI: "SI",
  SJ: "SJ",
  SK: "SK",
  SL: "SL",
  SM: "SM",
  SN: "SN",
  SO: "SO",
  SR: "SR",
  SS: "SS",
  ST: "ST",
  SV: "SV",
  SX: "SX",
  SY: "SY",
  SZ: "SZ",
  TC: "TC",
  TD: "TD",
  TF: "TF",
  TG: "TG",
  TH: "TH",
  TJ: "TJ",
  TK: "TK",
  TL: "TL",
  TM: "TM",
  TN: "TN",
  TO: "TO",
  TR: "TR",
  TT: "TT",
  TV: "TV",
  TW: "TW",
  TZ: "TZ",
  UA: "UA",
  UG: "UG",
  UM: "UM",
  US: "US",
  UY: "UY",
  UZ: "UZ",
  VA: "VA",
  VC: "VC",
  VE: "VE",
  VG: "VG",
  VI: "VI",
  VN: "VN",
  VU: "VU",
  WF: "WF",
  WS: "WS",
  XK: "XK",
  YE: "YE",
  YT: "YT",
  ZA: "ZA",
  ZM: "ZM",
  ZW: "ZW"
};
var ForwardedIPPosition = {
  ANY: "ANY",
  FIRST: "FIRST",
  LAST: "LAST"
};
var LabelMatchScope = {
  LABEL: "LABEL",
  NAMESPACE: "NAMESPACE"
};
var PayloadType = {
  FORM_ENCODED: "FORM_ENCODED",
  JSON: "JSON"
};
var SensitivityToAct = {
  HIGH: "HIGH",
  LOW: "LOW",
  MEDIUM: "MEDIUM"
};
var UsageOfAction = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED"
};
var InspectionLevel = {
  COMMON: "COMMON",
  TARGETED: "TARGETED"
};
var RateBasedStatementAggregateKeyType = {
  CONSTANT: "CONSTANT",
  CUSTOM_KEYS: "CUSTOM_KEYS",
  FORWARDED_IP: "FORWARDED_IP",
  IP: "IP"
};
var ComparisonOperator = {
  EQ: "EQ",
  GE: "GE",
  GT: "GT",
  LE: "LE",
  LT: "LT",
  NE: "NE"
};
var SensitivityLevel = {
  HIGH: "HIGH",
  LOW: "LOW"
};
var AssociatedResourceType = {
  AGENTCORE_GATEWAY: "AGENTCORE_GATEWAY",
  API_GATEWAY: "API_GATEWAY",
  APP_RUNNER_SERVICE: "APP_RUNNER_SERVICE",
  CLOUDFRONT: "CLOUDFRONT",
  COGNITO_USER_POOL: "COGNITO_USER_POOL",
  VERIFIED_ACCESS_INSTANCE: "VERIFIED_ACCESS_INSTANCE"
};
var ParameterExceptionField = {
  ACP_RULE_SET_RESPONSE_INSPECTION: "ACP_RULE_SET_RESPONSE_INSPECTION",
  AND_STATEMENT: "AND_STATEMENT",
  ASSOCIABLE_RESOURCE: "ASSOCIABLE_RESOURCE",
  ASSOCIATED_RESOURCE_TYPE: "ASSOCIATED_RESOURCE_TYPE",
  ATP_RULE_SET_RESPONSE_INSPECTION: "ATP_RULE_SET_RESPONSE_INSPECTION",
  BODY_PARSING_FALLBACK_BEHAVIOR: "BODY_PARSING_FALLBACK_BEHAVIOR",
  BYTE_MATCH_STATEMENT: "BYTE_MATCH_STATEMENT",
  CHALLENGE_CONFIG: "CHALLENGE_CONFIG",
  CHANGE_PROPAGATION_STATUS: "CHANGE_PROPAGATION_STATUS",
  COOKIE_MATCH_PATTERN: "COOKIE_MATCH_PATTERN",
  CUSTOM_KEYS: "CUSTOM_KEYS",
  CUSTOM_REQUEST_HANDLING: "CUSTOM_REQUEST_HANDLING",
  CUSTOM_RESPONSE: "CUSTOM_RESPONSE",
  CUSTOM_RESPONSE_BODY: "CUSTOM_RESPONSE_BODY",
  DATA_PROTECTION_CONFIG: "DATA_PROTECTION_CONFIG",
  DEFAULT_ACTION: "DEFAULT_ACTION",
  ENTITY_LIMIT: "ENTITY_LIMIT",
  EXCLUDED_RULE: "EXCLUDED_RULE",
  EXPIRE_TIMESTAMP: "EXPIRE_TIMESTAMP",
  FALLBACK_BEHAVIOR: "FALLBACK_BEHAVIOR",
  FIELD_TO_MATCH: "FIELD_TO_MATCH",
  FILTER_CONDITION: "FILTER_CONDITION",
  FIREWALL_MANAGER_STATEMENT: "FIREWALL_MANAGER_STATEMENT",
  FORWARDED_IP_CONFIG: "FORWARDED_IP_CONFIG",
  GEO_MATCH_STATEMENT: "GEO_MATCH_STATEMENT",
  HEADER_MATCH_PATTERN: "HEADER_MATCH_PATTERN",
  HEADER_NAME: "HEADER_NAME",
  IP_ADDRESS: "IP_ADDRESS",
  IP_ADDRESS_VERSION: "IP_ADDRESS_VERSION",
  IP_SET: "IP_SET",
  IP_SET_FORWARDED_IP_CONFIG: "IP_SET_FORWARDED_IP_CONFIG",
  IP_SET_REFERENCE_STATEMENT: "IP_SET_REFERENCE_STATEMENT",
  JSON_MATCH_PATTERN: "JSON_MATCH_PATTERN",
  JSON_MATCH_SCOPE: "JSON_MATCH_SCOPE",
  LABEL_MATCH_STATEMENT: "LABEL_MATCH_STATEMENT",
  LOGGING_FILTER: "LOGGING_FILTER",
  LOG_DESTINATION: "LOG_DESTINATION",
  LOW_REPUTATION_MODE: "LOW_REPUTATION_MODE",
  MANAGED_RULE_GROUP_CONFIG: "MANAGED_RULE_GROUP_CONFIG",
  MANAGED_RULE_SET: "MANAGED_RULE_SET",
  MANAGED_RULE_SET_STATEMENT: "MANAGED_RULE_SET_STATEMENT",
  MAP_MATCH_SCOPE: "MAP_MATCH_SCOPE",
  METRIC_NAME: "METRIC_NAME",
  MONETIZATION_CONFIG: "MONETIZATION_CONFIG",
  NOT_STATEMENT: "NOT_STATEMENT",
  OR_STATEMENT: "OR_STATEMENT",
  OVERRIDE_ACTION: "OVERRIDE_ACTION",
  OVERSIZE_HANDLING: "OVERSIZE_HANDLING",
  PAYLOAD_TYPE: "PAYLOAD_TYPE",
  PAYMENT_NETWORK: "PAYMENT_NETWORK",
  POSITION: "POSITION",
  PRE_PARSE_TEXT_TRANSFORMATION: "PRE_PARSE_TEXT_TRANSFORMATION",
  PRICE_AMOUNT: "PRICE_AMOUNT",
  RATE_BASED_STATEMENT: "RATE_BASED_STATEMENT",
  REGEX_PATTERN_REFERENCE_STATEMENT: "REGEX_PATTERN_REFERENCE_STATEMENT",
  REGEX_PATTERN_SET: "REGEX_PATTERN_SET",
  RESOURCE_ARN: "RESOURCE_ARN",
  RESOURCE_TYPE: "RESOURCE_TYPE",
  RESPONSE_CONTENT_TYPE: "RESPONSE_CONTENT_TYPE",
  RULE: "RULE",
  RULE_ACTION: "RULE_ACTION",
  RULE_GROUP: "RULE_GROUP",
  RULE_GROUP_REFERENCE_STATEMENT: "RULE_GROUP_REFERENCE_STATEMENT",
  SCOPE_DOWN: "SCOPE_DOWN",
  SCOPE_VALUE: "SCOPE_VALUE",
  SINGLE_HEADER: "SINGLE_HEADER",
  SINGLE_QUERY_ARGUMENT: "SINGLE_QUERY_ARGUMENT",
  SIZE_CONSTRAINT_STATEMENT: "SIZE_CONSTRAINT_STATEMENT",
  SQLI_MATCH_STATEMENT: "SQLI_MATCH_STATEMENT",
  STATEMENT: "STATEMENT",
  TAGS: "TAGS",
  TAG_KEYS: "TAG_KEYS",
  TEXT_TRANSFORMATION: "TEXT_TRANSFORMATION",
  TOKEN_DOMAIN: "TOKEN_DOMAIN",
  WALLET_ADDRESS: "WALLET_ADDRESS",
  WEB_ACL: "WEB_ACL",
  XSS_MATCH_STATEMENT: "XSS_MATCH_STATEMENT"
};
var SizeInspectionLimit = {
  KB_16: "KB_16",
  KB_32: "KB_32",
  KB_48: "KB_48",
  KB_64: "KB_64"
};
var Scope = {
  CLOUDFRONT: "CLOUDFRONT",
  REGIONAL: "REGIONAL"
};
var IPAddressVersion = {
  IPV4: "IPV4",
  IPV6: "IPV6"
};
var ResponseContentType = {
  APPLICATION_JSON: "APPLICATION_JSON",
  TEXT_HTML: "TEXT_HTML",
  TEXT_PLAIN: "TEXT_PLAIN"
};
var BlockchainChain = {
  BASE: "BASE",
  BASE_SEPOLIA: "BASE_SEPOLIA",
  SOLANA: "SOLANA",
  SOLANA_DEVNET: "SOLANA_DEVNET"
};
var CryptoCurrency = {
  USDC: "USDC"
};
var CurrencyMode = {
  REAL: "REAL",
  TEST: "TEST"
};
var DataProtectionAction = {
  HASH: "HASH",
  SUBSTITUTION: "SUBSTITUTION"
};
var FieldToProtectType = {
  BODY: "BODY",
  QUERY_STRING: "QUERY_STRING",
  SINGLE_COOKIE: "SINGLE_COOKIE",
  SINGLE_HEADER: "SINGLE_HEADER",
  SINGLE_QUERY_ARGUMENT: "SINGLE_QUERY_ARGUMENT"
};
var LowReputationMode = {
  ACTIVE_UNDER_DDOS: "ACTIVE_UNDER_DDOS",
  ALWAYS_ON: "ALWAYS_ON"
};
var LogScope = {
  CLOUDWATCH_TELEMETRY_RULE_MANAGED: "CLOUDWATCH_TELEMETRY_RULE_MANAGED",
  CUSTOMER: "CUSTOMER",
  SECURITY_LAKE: "SECURITY_LAKE"
};
var LogType = {
  WAF_LOGS: "WAF_LOGS"
};
var Platform = {
  ANDROID: "ANDROID",
  IOS: "IOS"
};
var FilterBehavior = {
  DROP: "DROP",
  KEEP: "KEEP"
};
var FilterRequirement = {
  MEETS_ALL: "MEETS_ALL",
  MEETS_ANY: "MEETS_ANY"
};
var Currency = {
  USDC: "USDC"
};
var GroupByType = {
  CATEGORY: "CATEGORY",
  INTENT: "INTENT",
  NAME: "NAME",
  ORGANIZATION: "ORGANIZATION",
  WEBACL: "WEBACL"
};
var RankingSortBy = {
  NAME: "NAME",
  PERCENTAGE: "PERCENTAGE",
  REVENUE: "REVENUE"
};
var SortOrder = {
  ASC: "ASC",
  DESC: "DESC"
};
var RankingStatisticType = {
  TOP_PATHS_BY_REVENUE: "TOP_PATHS_BY_REVENUE",
  TOP_SOURCES_BY_REVENUE: "TOP_SOURCES_BY_REVENUE"
};
var IntervalType = {
  DAILY: "DAILY",
  FIVE_MINUTELY: "FIVE_MINUTELY",
  HOURLY: "HOURLY",
  MINUTELY: "MINUTELY"
};
var TimeSeriesStatisticType = {
  DATE_HISTOGRAM: "DATE_HISTOGRAM",
  PAYMENT_TRAFFIC: "PAYMENT_TRAFFIC"
};
var FailureReason = {
  TOKEN_DOMAIN_MISMATCH: "TOKEN_DOMAIN_MISMATCH",
  TOKEN_EXPIRED: "TOKEN_EXPIRED",
  TOKEN_INVALID: "TOKEN_INVALID",
  TOKEN_MISSING: "TOKEN_MISSING"
};
var ResourceType = {
  AGENTCORE_GATEWAY: "AGENTCORE_GATEWAY",
  AMPLIFY: "AMPLIFY",
  API_GATEWAY: "API_GATEWAY",
  APPLICATION_LOAD_BALANCER: "APPLICATION_LOAD_BALANCER",
  APPSYNC: "APPSYNC",
  APP_RUNNER_SERVICE: "APP_RUNNER_SERVICE",
  COGNITIO_USER_POOL: "COGNITO_USER_POOL",
  VERIFIED_ACCESS_INSTANCE: "VERIFIED_ACCESS_INSTANCE"
};
var SettlementSortBy = {
  AMOUNT: "AMOUNT",
  NAME: "NAME",
  STATUS: "STATUS",
  TIMESTAMP: "TIMESTAMP"
};
var SettlementStatus = {
  DUPLICATE: "DUPLICATE",
  FAILED: "FAILED",
  PENDING: "PENDING",
  SERVICE_ERROR: "SERVICE_ERROR",
  SETTLED: "SETTLED",
  SKIPPED_ORIGIN_ERROR: "SKIPPED_ORIGIN_ERROR"
};
export {
  Command as $Command,
  APIKeySummary$,
  AWSManagedRulesACFPRuleSet$,
  AWSManagedRulesATPRuleSet$,
  AWSManagedRulesAntiDDoSRuleSet$,
  AWSManagedRulesBotControlRuleSet$,
  ActionCondition$,
  ActionValue,
  AddressField$,
  All$,
  AllQueryArguments$,
  AllowAction$,
  AndStatement$,
  ApplicationAttribute$,
  ApplicationConfig$,
  AsnMatchStatement$,
  AssociateWebACL$,
  AssociateWebACLCommand,
  AssociateWebACLRequest$,
  AssociateWebACLResponse$,
  AssociatedResourceType,
  AssociationConfig$,
  BlockAction$,
  BlockchainChain,
  Body$,
  BodyParsingFallbackBehavior,
  BotStatistics$,
  ByteMatchStatement$,
  CaptchaAction$,
  CaptchaConfig$,
  CaptchaResponse$,
  ChallengeAction$,
  ChallengeConfig$,
  ChallengeResponse$,
  CheckCapacity$,
  CheckCapacityCommand,
  CheckCapacityRequest$,
  CheckCapacityResponse$,
  ClientSideAction$,
  ClientSideActionConfig$,
  ComparisonOperator,
  Condition$,
  CookieMatchPattern$,
  Cookies$,
  CountAction$,
  CountryCode,
  CreateAPIKey$,
  CreateAPIKeyCommand,
  CreateAPIKeyRequest$,
  CreateAPIKeyResponse$,
  CreateIPSet$,
  CreateIPSetCommand,
  CreateIPSetRequest$,
  CreateIPSetResponse$,
  CreateRegexPatternSet$,
  CreateRegexPatternSetCommand,
  CreateRegexPatternSetRequest$,
  CreateRegexPatternSetResponse$,
  CreateRuleGroup$,
  CreateRuleGroupCommand,
  CreateRuleGroupRequest$,
  CreateRuleGroupResponse$,
  CreateWebACL$,
  CreateWebACLCommand,
  CreateWebACLRequest$,
  CreateWebACLResponse$,
  CryptoConfig$,
  CryptoCurrency,
  Currency,
  CurrencyMode,
  CustomHTTPHeader$,
  CustomRequestHandling$,
  CustomResponse$,
  CustomResponseBody$,
  DataPointEntry$,
  DataProtection$,
  DataProtectionAction,
  DataProtectionConfig$,
  DefaultAction$,
  DeleteAPIKey$,
  DeleteAPIKeyCommand,
  DeleteAPIKeyRequest$,
  DeleteAPIKeyResponse$,
  DeleteFirewallManagerRuleGroups$,
  DeleteFirewallManagerRuleGroupsCommand,
  DeleteFirewallManagerRuleGroupsRequest$,
  DeleteFirewallManagerRuleGroupsResponse$,
  DeleteIPSet$,
  DeleteIPSetCommand,
  DeleteIPSetRequest$,
  DeleteIPSetResponse$,
  DeleteLoggingConfiguration$,
  DeleteLoggingConfigurationCommand,
  DeleteLoggingConfigurationRequest$,
  DeleteLoggingConfigurationResponse$,
  DeletePermissionPolicy$,
  DeletePermissionPolicyCommand,
  DeletePermissionPolicyRequest$,
  DeletePermissionPolicyResponse$,
  DeleteRegexPatternSet$,
  DeleteRegexPatternSetCommand,
  DeleteRegexPatternSetRequest$,
  DeleteRegexPatternSetResponse$,
  DeleteRuleGroup$,
  DeleteRuleGroupCommand,
  DeleteRuleGroupRequest$,
  DeleteRuleGroupResponse$,
  DeleteWebACL$,
  DeleteWebACLCommand,
  DeleteWebACLRequest$,
  DeleteWebACLResponse$,
  DescribeAllManagedProducts$,
  DescribeAllManagedProductsCommand,
  DescribeAllManagedProductsRequest$,
  DescribeAllManagedProductsResponse$,
  DescribeManagedProductsByVendor$,
  DescribeManagedProductsByVendorCommand,
  DescribeManagedProductsByVendorRequest$,
  DescribeManagedProductsByVendorResponse$,
  DescribeManagedRuleGroup$,
  DescribeManagedRuleGroupCommand,
  DescribeManagedRuleGroupRequest$,
  DescribeManagedRuleGroupResponse$,
  DisallowedFeature$,
  DisassociateWebACL$,
  DisassociateWebACLCommand,
  DisassociateWebACLRequest$,
  DisassociateWebACLResponse$,
  EmailField$,
  ExcludedRule$,
  FailureReason,
  FallbackBehavior,
  FieldToMatch$,
  FieldToProtect$,
  FieldToProtectType,
  Filter$,
  FilterBehavior,
  FilterRequirement,
  FilterSource$,
  FirewallManagerRuleGroup$,
  FirewallManagerStatement$,
  ForwardedIPConfig$,
  ForwardedIPPosition,
  GenerateMobileSdkReleaseUrl$,
  GenerateMobileSdkReleaseUrlCommand,
  GenerateMobileSdkReleaseUrlRequest$,
  GenerateMobileSdkReleaseUrlResponse$,
  GeoMatchStatement$,
  GetDecryptedAPIKey$,
  GetDecryptedAPIKeyCommand,
  GetDecryptedAPIKeyRequest$,
  GetDecryptedAPIKeyResponse$,
  GetIPSet$,
  GetIPSetCommand,
  GetIPSetRequest$,
  GetIPSetResponse$,
  GetLoggingConfiguration$,
  GetLoggingConfigurationCommand,
  GetLoggingConfigurationRequest$,
  GetLoggingConfigurationResponse$,
  GetManagedRuleSet$,
  GetManagedRuleSetCommand,
  GetManagedRuleSetRequest$,
  GetManagedRuleSetResponse$,
  GetMobileSdkRelease$,
  GetMobileSdkReleaseCommand,
  GetMobileSdkReleaseRequest$,
  GetMobileSdkReleaseResponse$,
  GetPermissionPolicy$,
  GetPermissionPolicyCommand,
  GetPermissionPolicyRequest$,
  GetPermissionPolicyResponse$,
  GetRateBasedStatementManagedKeys$,
  GetRateBasedStatementManagedKeysCommand,
  GetRateBasedStatementManagedKeysRequest$,
  GetRateBasedStatementManagedKeysResponse$,
  GetRegexPatternSet$,
  GetRegexPatternSetCommand,
  GetRegexPatternSetRequest$,
  GetRegexPatternSetResponse$,
  GetRevenueStatistics$,
  GetRevenueStatisticsCommand,
  GetRevenueStatisticsRequest$,
  GetRevenueStatisticsResponse$,
  GetRevenueStatisticsSummary$,
  GetRevenueStatisticsSummaryCommand,
  GetRevenueStatisticsSummaryRequest$,
  GetRevenueStatisticsSummaryResponse$,
  GetRevenueStatisticsTimeSeries$,
  GetRevenueStatisticsTimeSeriesCommand,
  GetRevenueStatisticsTimeSeriesRequest$,
  GetRevenueStatisticsTimeSeriesResponse$,
  GetRuleGroup$,
  GetRuleGroupCommand,
  GetRuleGroupRequest$,
  GetRuleGroupResponse$,
  GetSampledRequests$,
  GetSampledRequestsCommand,
  GetSampledRequestsRequest$,
  GetSampledRequestsResponse$,
  GetTopPathStatisticsByTraffic$,
  GetTopPathStatisticsByTrafficCommand,
  GetTopPathStatisticsByTrafficRequest$,
  GetTopPathStatisticsByTrafficResponse$,
  GetWebACL$,
  GetWebACLCommand,
  GetWebACLForResource$,
  GetWebACLForResourceCommand,
  GetWebACLForResourceRequest$,
  GetWebACLForResourceResponse$,
  GetWebACLRequest$,
  GetWebACLResponse$,
  GroupByType,
  HTTPHeader$,
  HTTPRequest$,
  HeaderMatchPattern$,
  HeaderOrder$,
  Headers$,
  IPAddressVersion,
  IPSet$,
  IPSetForwardedIPConfig$,
  IPSetReferenceStatement$,
  IPSetSummary$,
  ImmunityTimeProperty$,
  InspectionLevel,
  IntervalType,
  JA3Fingerprint$,
  JA4Fingerprint$,
  JsonBody$,
  JsonMatchPattern$,
  JsonMatchScope,
  Label$,
  LabelMatchScope,
  LabelMatchStatement$,
  LabelNameCondition$,
  LabelSummary$,
  ListAPIKeys$,
  ListAPIKeysCommand,
  ListAPIKeysRequest$,
  ListAPIKeysResponse$,
  ListAvailableManagedRuleGroupVersions$,
  ListAvailableManagedRuleGroupVersionsCommand,
  ListAvailableManagedRuleGroupVersionsRequest$,
  ListAvailableManagedRuleGroupVersionsResponse$,
  ListAvailableManagedRuleGroups$,
  ListAvailableManagedRuleGroupsCommand,
  ListAvailableManagedRuleGroupsRequest$,
  ListAvailableManagedRuleGroupsResponse$,
  ListIPSets$,
  ListIPSetsCommand,
  ListIPSetsRequest$,
  ListIPSetsResponse$,
  ListLoggingConfigurations$,
  ListLoggingConfigurationsCommand,
  ListLoggingConfigurationsRequest$,
  ListLoggingConfigurationsResponse$,
  ListManagedRuleSets$,
  ListManagedRuleSetsCommand,
  ListManagedRuleSetsRequest$,
  ListManagedRuleSetsResponse$,
  ListMobileSdkReleases$,
  ListMobileSdkReleasesCommand,
  ListMobileSdkReleasesRequest$,
  ListMobileSdkReleasesResponse$,
  ListRegexPatternSets$,
  ListRegexPatternSetsCommand,
  ListRegexPatternSetsRequest$,
  ListRegexPatternSetsResponse$,
  ListResourcesForWebACL$,
  ListResourcesForWebACLCommand,
  ListResourcesForWebACLRequest$,
  ListResourcesForWebACLResponse$,
  ListRuleGroups$,
  ListRuleGroupsCommand,
  ListRuleGroupsRequest$,
  ListRuleGroupsResponse$,
  ListSettlementRecords$,
  ListSettlementRecordsCommand,
  ListSettlementRecordsRequest$,
  ListSettlementRecordsResponse$,
  ListTagsForResource$,
  ListTagsForResourceCommand,
  ListTagsForResourceRequest$,
  ListTagsForResourceResponse$,
  ListWebACLs$,
  ListWebACLsCommand,
  ListWebACLsRequest$,
  ListWebACLsResponse$,
  LogScope,
  LogType,
  LoggingConfiguration$,
  LoggingFilter$,
  LowReputationMode,
  ManagedProductDescriptor$,
  ManagedRuleGroupConfig$,
  ManagedRuleGroupStatement$,
  ManagedRuleGroupSummary$,
  ManagedRuleGroupVersion$,
  ManagedRuleSet$,
  ManagedRuleSetSummary$,
  ManagedRuleSetVersion$,
  MapMatchScope,
  Method$,
  MobileSdkRelease$,
  MonetizationConfig$,
  MonetizationFilter$,
  MonetizeAction$,
  NoneAction$,
  NotStatement$,
  OnSourceDDoSProtectionConfig$,
  OrStatement$,
  OverrideAction$,
  OversizeHandling,
  ParameterExceptionField,
  PasswordField$,
  PathStatistics$,
  PayloadType,
  PaymentNetwork$,
  PhoneNumberField$,
  Platform,
  PositionalConstraint,
  PreParseTextTransformation$,
  PreParseTextTransformationType,
  Price$,
  PutLoggingConfiguration$,
  PutLoggingConfigurationCommand,
  PutLoggingConfigurationRequest$,
  PutLoggingConfigurationResponse$,
  PutManagedRuleSetVersions$,
  PutManagedRuleSetVersionsCommand,
  PutManagedRuleSetVersionsRequest$,
  PutManagedRuleSetVersionsResponse$,
  PutPermissionPolicy$,
  PutPermissionPolicyCommand,
  PutPermissionPolicyRequest$,
  PutPermissionPolicyResponse$,
  QueryString$,
  RankingSortBy,
  RankingStatisticType,
  RateBasedStatement$,
  RateBasedStatementAggregateKeyType,
  RateBasedStatementCustomKey$,
  RateBasedStatementManagedKeysIPSet$,
  RateLimitAsn$,
  RateLimitCookie$,
  RateLimitForwardedIP$,
  RateLimitHTTPMethod$,
  RateLimitHeader$,
  RateLimitIP$,
  RateLimitJA3Fingerprint$,
  RateLimitJA4Fingerprint$,
  RateLimitLabelNamespace$,
  RateLimitQueryArgument$,
  RateLimitQueryString$,
  RateLimitUriPath$,
  Regex$,
  RegexMatchStatement$,
  RegexPatternSet$,
  RegexPatternSetReferenceStatement$,
  RegexPatternSetSummary$,
  ReleaseSummary$,
  RequestBodyAssociatedResourceTypeConfig$,
  RequestInspection$,
  RequestInspectionACFP$,
  ResourceType,
  ResponseContentType,
  ResponseInspection$,
  ResponseInspectionBodyContains$,
  ResponseInspectionHeader$,
  ResponseInspectionJson$,
  ResponseInspectionStatusCode$,
  RevenueBreakdown$,
  RevenuePathStatistics$,
  Rule$,
  RuleAction$,
  RuleActionOverride$,
  RuleGroup$,
  RuleGroupReferenceStatement$,
  RuleGroupSummary$,
  RuleSummary$,
  SampledHTTPRequest$,
  Scope,
  SensitivityLevel,
  SensitivityToAct,
  SettlementRecord$,
  SettlementSortBy,
  SettlementStatus,
  SingleHeader$,
  SingleQueryArgument$,
  SizeConstraintStatement$,
  SizeInspectionLimit,
  SortOrder,
  SourceStatistics$,
  SqliMatchStatement$,
  Statement$,
  Tag$,
  TagInfoForResource$,
  TagResource$,
  TagResourceCommand,
  TagResourceRequest$,
  TagResourceResponse$,
  TextTransformation$,
  TextTransformationType,
  TimeSeriesStatisticType,
  TimeWindow$,
  UntagResource$,
  UntagResourceCommand,
  UntagResourceRequest$,
  UntagResourceResponse$,
  UpdateIPSet$,
  UpdateIPSetCommand,
  UpdateIPSetRequest$,
  UpdateIPSetResponse$,
  UpdateManagedRuleSetVersionExpiryDate$,
  UpdateManagedRuleSetVersionExpiryDateCommand,
  UpdateManagedRuleSetVersionExpiryDateRequest$,
  UpdateManagedRuleSetVersionExpiryDateResponse$,
  UpdateRegexPatternSet$,
  UpdateRegexPatternSetCommand,
  UpdateRegexPatternSetRequest$,
  UpdateRegexPatternSetResponse$,
  UpdateRuleGroup$,
  UpdateRuleGroupCommand,
  UpdateRuleGroupRequest$,
  UpdateRuleGroupResponse$,
  UpdateWebACL$,
  UpdateWebACLCommand,
  UpdateWebACLRequest$,
  UpdateWebACLResponse$,
  UriFragment$,
  UriPath$,
  UsageOfAction,
  UsernameField$,
  VersionToPublish$,
  VisibilityConfig$,
  WAFAssociatedItemException,
  WAFAssociatedItemException$,
  WAFConfigurationWarningException,
  WAFConfigurationWarningException$,
  WAFDuplicateItemException,
  WAFDuplicateItemException$,
  WAFExpiredManagedRuleGroupVersionException,
  WAFExpiredManagedRuleGroupVersionException$,
  WAFFeatureNotIncludedInPricingPlanException,
  WAFFeatureNotIncludedInPricingPlanException$,
  WAFInternalErrorException,
  WAFInternalErrorException$,
  WAFInvalidOperationException,
  WAFInvalidOperationException$,
  WAFInvalidParameterException,
  WAFInvalidParameterException$,
  WAFInvalidPermissionPolicyException,
  WAFInvalidPermissionPolicyException$,
  WAFInvalidResourceException,
  WAFInvalidResourceException$,
  WAFLimitsExceededException,
  WAFLimitsExceededException$,
  WAFLogDestinationPermissionIssueException,
  WAFLogDestinationPermissionIssueException$,
  WAFNonexistentItemException,
  WAFNonexistentItemException$,
  WAFOptimisticLockException,
  WAFOptimisticLockException$,
  WAFServiceLinkedRoleErrorException,
  WAFServiceLinkedRoleErrorException$,
  WAFSubscriptionNotFoundException,
  WAFSubscriptionNotFoundException$,
  WAFTagOperationException,
  WAFTagOperationException$,
  WAFTagOperationInternalErrorException,
  WAFTagOperationInternalErrorException$,
  WAFUnavailableEntityException,
  WAFUnavailableEntityException$,
  WAFUnsupportedAggregateKeyTypeException,
  WAFUnsupportedAggregateKeyTypeException$,
  WAFV2,
  WAFV2Client,
  WAFV2ServiceException,
  WAFV2ServiceException$,
  WebACL$,
  WebACLSummary$,
  XssMatchStatement$,
  Client as __Client,
  errorTypeRegistries
};
