import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-URIHBE6O.js";
import {
  AwsRestXmlProtocol,
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
  WaiterState,
  awsEndpointFunctions,
  checkExceptions,
  createAggregatedClient,
  createDefaultUserAgentProvider,
  createWaiter,
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

// node_modules/@aws-sdk/client-route-53/dist-es/auth/httpAuthSchemeProvider.js
var defaultRoute53HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "route53",
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
var defaultRoute53HttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-route-53/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "route53"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-route-53/package.json
var package_default = {
  name: "@aws-sdk/client-route-53",
  version: "3.1138.0",
  description: "AWS SDK for JavaScript Route 53 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-route-53",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-route-53"
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
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.978.1",
    "@aws-sdk/credential-provider-node": "^3.972.84",
    "@aws-sdk/middleware-sdk-route53": "^3.972.27",
    "@aws-sdk/types": "^3.974.6",
    "@smithy/core": "^3.35.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.12.1",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.3.2",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-route-53/dist-es/endpoint/bdd.js
var s = "ref";
var t = "authSchemes";
var u = "name";
var v = "signingRegion";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "stringEquals";
var g = "getAttr";
var h = "sigv4";
var i = { [s]: "Endpoint" };
var j = { "fn": g, "argv": [{ [s]: d }, "name"] };
var k = { [s]: d };
var l = { [t]: [{ [u]: h, [v]: "us-east-1" }] };
var m = { [t]: [{ [u]: h, [v]: "cn-northwest-1" }] };
var n = { [t]: [{ [u]: h, [v]: "us-gov-west-1" }] };
var o = { [t]: [{ [u]: h, [v]: "eusc-de-east-1" }] };
var p = { [t]: [{ [u]: h, [v]: "{PartitionResult#implicitGlobalRegion}" }] };
var q = [{ [s]: "Region" }];
var _data = {
  conditions: [
    [c, [i]],
    [c, q],
    ["aws.partition", q, d],
    [e, [{ [s]: "UseFIPS" }, b]],
    [f, [j, "aws"]],
    [f, [j, "aws-cn"]],
    [f, [j, "aws-us-gov"]],
    [e, [{ [s]: "UseDualStack" }, b]],
    [e, [{ fn: g, argv: [k, "supportsFIPS"] }, b]],
    [f, [j, "aws-iso"]],
    [f, [j, "aws-iso-b"]],
    [f, [j, "aws-iso-e"]],
    [f, [j, "aws-iso-f"]],
    [f, [j, "aws-eusc"]],
    [e, [{ fn: g, argv: [k, "supportsDualStack"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [i, {}],
    ["https://route53.amazonaws.com", l],
    ["https://route53-fips.amazonaws.com", l],
    ["https://route53.global.api.aws", l],
    ["https://route53-fips.global.api.aws", l],
    ["https://route53.amazonaws.com.cn", m],
    ["https://route53.global.api.amazonwebservices.com.cn", m],
    ["https://route53.us-gov.amazonaws.com", n],
    ["https://route53.us-gov.api.aws", n],
    ["https://route53.c2s.ic.gov", { [t]: [{ [u]: h, [v]: "us-iso-east-1" }] }],
    ["https://route53.sc2s.sgov.gov", { [t]: [{ [u]: h, [v]: "us-isob-east-1" }] }],
    ["https://route53.cloud.adc-e.uk", { [t]: [{ [u]: h, [v]: "eu-isoe-west-1" }] }],
    ["https://route53.csp.hci.ic.gov", { [t]: [{ [u]: h, [v]: "us-isof-south-1" }] }],
    ["https://route53.amazonaws.eu", o],
    ["https://route53.global.api.amazonwebservices.eu", o],
    ["https://route53-fips.{PartitionResult#dualStackDnsSuffix}", p],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://route53-fips.{PartitionResult#dnsSuffix}", p],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://route53.{PartitionResult#dualStackDnsSuffix}", p],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://route53.{PartitionResult#dnsSuffix}", p],
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
  27,
  3,
  1,
  4,
  r + 25,
  2,
  5,
  r + 25,
  3,
  19,
  6,
  4,
  18,
  7,
  5,
  17,
  8,
  6,
  25,
  9,
  7,
  15,
  10,
  9,
  r + 12,
  11,
  10,
  r + 13,
  12,
  11,
  r + 14,
  13,
  12,
  r + 15,
  14,
  13,
  r + 16,
  r + 24,
  13,
  r + 17,
  16,
  14,
  r + 22,
  r + 23,
  7,
  r + 9,
  r + 8,
  7,
  r + 6,
  r + 4,
  4,
  26,
  20,
  6,
  25,
  21,
  7,
  23,
  22,
  8,
  r + 20,
  r + 21,
  8,
  24,
  r + 19,
  14,
  r + 18,
  r + 19,
  7,
  r + 11,
  r + 10,
  7,
  r + 7,
  r + 5,
  3,
  r + 1,
  28,
  7,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-route-53/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-route-53/dist-es/models/Route53ServiceException.js
var Route53ServiceException = class _Route53ServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _Route53ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-route-53/dist-es/models/errors.js
var ConcurrentModification = class _ConcurrentModification extends Route53ServiceException {
  name = "ConcurrentModification";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModification",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModification.prototype);
  }
};
var InvalidInput = class _InvalidInput extends Route53ServiceException {
  name = "InvalidInput";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInput",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInput.prototype);
  }
};
var InvalidKeySigningKeyStatus = class _InvalidKeySigningKeyStatus extends Route53ServiceException {
  name = "InvalidKeySigningKeyStatus";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKeySigningKeyStatus",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKeySigningKeyStatus.prototype);
  }
};
var InvalidKMSArn = class _InvalidKMSArn extends Route53ServiceException {
  name = "InvalidKMSArn";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKMSArn",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKMSArn.prototype);
  }
};
var InvalidSigningStatus = class _InvalidSigningStatus extends Route53ServiceException {
  name = "InvalidSigningStatus";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSigningStatus",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSigningStatus.prototype);
  }
};
var NoSuchKeySigningKey = class _NoSuchKeySigningKey extends Route53ServiceException {
  name = "NoSuchKeySigningKey";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchKeySigningKey",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchKeySigningKey.prototype);
  }
};
var ConflictingDomainExists = class _ConflictingDomainExists extends Route53ServiceException {
  name = "ConflictingDomainExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictingDomainExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictingDomainExists.prototype);
  }
};
var InvalidVPCId = class _InvalidVPCId extends Route53ServiceException {
  name = "InvalidVPCId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidVPCId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidVPCId.prototype);
  }
};
var LimitsExceeded = class _LimitsExceeded extends Route53ServiceException {
  name = "LimitsExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitsExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitsExceeded.prototype);
  }
};
var NoSuchHostedZone = class _NoSuchHostedZone extends Route53ServiceException {
  name = "NoSuchHostedZone";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchHostedZone",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchHostedZone.prototype);
  }
};
var NotAuthorizedException = class _NotAuthorizedException extends Route53ServiceException {
  name = "NotAuthorizedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotAuthorizedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotAuthorizedException.prototype);
  }
};
var PriorRequestNotComplete = class _PriorRequestNotComplete extends Route53ServiceException {
  name = "PriorRequestNotComplete";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PriorRequestNotComplete",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PriorRequestNotComplete.prototype);
  }
};
var PublicZoneVPCAssociation = class _PublicZoneVPCAssociation extends Route53ServiceException {
  name = "PublicZoneVPCAssociation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PublicZoneVPCAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicZoneVPCAssociation.prototype);
  }
};
var CidrBlockInUseException = class _CidrBlockInUseException extends Route53ServiceException {
  name = "CidrBlockInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CidrBlockInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CidrBlockInUseException.prototype);
    this.Message = opts.Message;
  }
};
var CidrCollectionVersionMismatchException = class _CidrCollectionVersionMismatchException extends Route53ServiceException {
  name = "CidrCollectionVersionMismatchException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CidrCollectionVersionMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CidrCollectionVersionMismatchException.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchCidrCollectionException = class _NoSuchCidrCollectionException extends Route53ServiceException {
  name = "NoSuchCidrCollectionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchCidrCollectionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchCidrCollectionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidChangeBatch = class _InvalidChangeBatch extends Route53ServiceException {
  name = "InvalidChangeBatch";
  $fault = "client";
  messages;
  constructor(opts) {
    super({
      name: "InvalidChangeBatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidChangeBatch.prototype);
    this.messages = opts.messages;
  }
};
var NoSuchHealthCheck = class _NoSuchHealthCheck extends Route53ServiceException {
  name = "NoSuchHealthCheck";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchHealthCheck",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchHealthCheck.prototype);
  }
};
var ThrottlingException = class _ThrottlingException extends Route53ServiceException {
  name = "ThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
  }
};
var CidrCollectionAlreadyExistsException = class _CidrCollectionAlreadyExistsException extends Route53ServiceException {
  name = "CidrCollectionAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CidrCollectionAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CidrCollectionAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var HealthCheckAlreadyExists = class _HealthCheckAlreadyExists extends Route53ServiceException {
  name = "HealthCheckAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HealthCheckAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HealthCheckAlreadyExists.prototype);
  }
};
var TooManyHealthChecks = class _TooManyHealthChecks extends Route53ServiceException {
  name = "TooManyHealthChecks";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyHealthChecks",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyHealthChecks.prototype);
  }
};
var DelegationSetNotAvailable = class _DelegationSetNotAvailable extends Route53ServiceException {
  name = "DelegationSetNotAvailable";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetNotAvailable",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetNotAvailable.prototype);
  }
};
var DelegationSetNotReusable = class _DelegationSetNotReusable extends Route53ServiceException {
  name = "DelegationSetNotReusable";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetNotReusable",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetNotReusable.prototype);
  }
};
var HostedZoneAlreadyExists = class _HostedZoneAlreadyExists extends Route53ServiceException {
  name = "HostedZoneAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZoneAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZoneAlreadyExists.prototype);
  }
};
var InvalidDomainName = class _InvalidDomainName extends Route53ServiceException {
  name = "InvalidDomainName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDomainName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDomainName.prototype);
  }
};
var NoSuchDelegationSet = class _NoSuchDelegationSet extends Route53ServiceException {
  name = "NoSuchDelegationSet";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchDelegationSet",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchDelegationSet.prototype);
  }
};
var TooManyHostedZones = class _TooManyHostedZones extends Route53ServiceException {
  name = "TooManyHostedZones";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyHostedZones",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyHostedZones.prototype);
  }
};
var InvalidArgument = class _InvalidArgument extends Route53ServiceException {
  name = "InvalidArgument";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidArgument",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidArgument.prototype);
  }
};
var InvalidKeySigningKeyName = class _InvalidKeySigningKeyName extends Route53ServiceException {
  name = "InvalidKeySigningKeyName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKeySigningKeyName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKeySigningKeyName.prototype);
  }
};
var KeySigningKeyAlreadyExists = class _KeySigningKeyAlreadyExists extends Route53ServiceException {
  name = "KeySigningKeyAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeySigningKeyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeySigningKeyAlreadyExists.prototype);
  }
};
var TooManyKeySigningKeys = class _TooManyKeySigningKeys extends Route53ServiceException {
  name = "TooManyKeySigningKeys";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyKeySigningKeys",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyKeySigningKeys.prototype);
  }
};
var InsufficientCloudWatchLogsResourcePolicy = class _InsufficientCloudWatchLogsResourcePolicy extends Route53ServiceException {
  name = "InsufficientCloudWatchLogsResourcePolicy";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientCloudWatchLogsResourcePolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientCloudWatchLogsResourcePolicy.prototype);
  }
};
var NoSuchCloudWatchLogsLogGroup = class _NoSuchCloudWatchLogsLogGroup extends Route53ServiceException {
  name = "NoSuchCloudWatchLogsLogGroup";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchCloudWatchLogsLogGroup",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchCloudWatchLogsLogGroup.prototype);
  }
};
var QueryLoggingConfigAlreadyExists = class _QueryLoggingConfigAlreadyExists extends Route53ServiceException {
  name = "QueryLoggingConfigAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "QueryLoggingConfigAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QueryLoggingConfigAlreadyExists.prototype);
  }
};
var DelegationSetAlreadyCreated = class _DelegationSetAlreadyCreated extends Route53ServiceException {
  name = "DelegationSetAlreadyCreated";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetAlreadyCreated",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetAlreadyCreated.prototype);
  }
};
var DelegationSetAlreadyReusable = class _DelegationSetAlreadyReusable extends Route53ServiceException {
  name = "DelegationSetAlreadyReusable";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetAlreadyReusable",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetAlreadyReusable.prototype);
  }
};
var HostedZoneNotFound = class _HostedZoneNotFound extends Route53ServiceException {
  name = "HostedZoneNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZoneNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZoneNotFound.prototype);
  }
};
var InvalidTrafficPolicyDocument = class _InvalidTrafficPolicyDocument extends Route53ServiceException {
  name = "InvalidTrafficPolicyDocument";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTrafficPolicyDocument",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTrafficPolicyDocument.prototype);
  }
};
var TooManyTrafficPolicies = class _TooManyTrafficPolicies extends Route53ServiceException {
  name = "TooManyTrafficPolicies";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTrafficPolicies",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrafficPolicies.prototype);
  }
};
var TrafficPolicyAlreadyExists = class _TrafficPolicyAlreadyExists extends Route53ServiceException {
  name = "TrafficPolicyAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TrafficPolicyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrafficPolicyAlreadyExists.prototype);
  }
};
var NoSuchTrafficPolicy = class _NoSuchTrafficPolicy extends Route53ServiceException {
  name = "NoSuchTrafficPolicy";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchTrafficPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchTrafficPolicy.prototype);
  }
};
var TooManyTrafficPolicyInstances = class _TooManyTrafficPolicyInstances extends Route53ServiceException {
  name = "TooManyTrafficPolicyInstances";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTrafficPolicyInstances",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrafficPolicyInstances.prototype);
  }
};
var TrafficPolicyInstanceAlreadyExists = class _TrafficPolicyInstanceAlreadyExists extends Route53ServiceException {
  name = "TrafficPolicyInstanceAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TrafficPolicyInstanceAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrafficPolicyInstanceAlreadyExists.prototype);
  }
};
var TooManyTrafficPolicyVersionsForCurrentPolicy = class _TooManyTrafficPolicyVersionsForCurrentPolicy extends Route53ServiceException {
  name = "TooManyTrafficPolicyVersionsForCurrentPolicy";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTrafficPolicyVersionsForCurrentPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrafficPolicyVersionsForCurrentPolicy.prototype);
  }
};
var TooManyVPCAssociationAuthorizations = class _TooManyVPCAssociationAuthorizations extends Route53ServiceException {
  name = "TooManyVPCAssociationAuthorizations";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyVPCAssociationAuthorizations",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyVPCAssociationAuthorizations.prototype);
  }
};
var KeySigningKeyInParentDSRecord = class _KeySigningKeyInParentDSRecord extends Route53ServiceException {
  name = "KeySigningKeyInParentDSRecord";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeySigningKeyInParentDSRecord",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeySigningKeyInParentDSRecord.prototype);
  }
};
var KeySigningKeyInUse = class _KeySigningKeyInUse extends Route53ServiceException {
  name = "KeySigningKeyInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeySigningKeyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeySigningKeyInUse.prototype);
  }
};
var CidrCollectionInUseException = class _CidrCollectionInUseException extends Route53ServiceException {
  name = "CidrCollectionInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CidrCollectionInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CidrCollectionInUseException.prototype);
    this.Message = opts.Message;
  }
};
var HealthCheckInUse = class _HealthCheckInUse extends Route53ServiceException {
  name = "HealthCheckInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HealthCheckInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HealthCheckInUse.prototype);
  }
};
var HostedZoneNotEmpty = class _HostedZoneNotEmpty extends Route53ServiceException {
  name = "HostedZoneNotEmpty";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZoneNotEmpty",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZoneNotEmpty.prototype);
  }
};
var NoSuchQueryLoggingConfig = class _NoSuchQueryLoggingConfig extends Route53ServiceException {
  name = "NoSuchQueryLoggingConfig";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchQueryLoggingConfig",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchQueryLoggingConfig.prototype);
  }
};
var DelegationSetInUse = class _DelegationSetInUse extends Route53ServiceException {
  name = "DelegationSetInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DelegationSetInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegationSetInUse.prototype);
  }
};
var TrafficPolicyInUse = class _TrafficPolicyInUse extends Route53ServiceException {
  name = "TrafficPolicyInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TrafficPolicyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrafficPolicyInUse.prototype);
  }
};
var NoSuchTrafficPolicyInstance = class _NoSuchTrafficPolicyInstance extends Route53ServiceException {
  name = "NoSuchTrafficPolicyInstance";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchTrafficPolicyInstance",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchTrafficPolicyInstance.prototype);
  }
};
var VPCAssociationAuthorizationNotFound = class _VPCAssociationAuthorizationNotFound extends Route53ServiceException {
  name = "VPCAssociationAuthorizationNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "VPCAssociationAuthorizationNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _VPCAssociationAuthorizationNotFound.prototype);
  }
};
var DNSSECNotFound = class _DNSSECNotFound extends Route53ServiceException {
  name = "DNSSECNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DNSSECNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DNSSECNotFound.prototype);
  }
};
var LastVPCAssociation = class _LastVPCAssociation extends Route53ServiceException {
  name = "LastVPCAssociation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LastVPCAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LastVPCAssociation.prototype);
  }
};
var VPCAssociationNotFound = class _VPCAssociationNotFound extends Route53ServiceException {
  name = "VPCAssociationNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "VPCAssociationNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _VPCAssociationNotFound.prototype);
  }
};
var HostedZonePartiallyDelegated = class _HostedZonePartiallyDelegated extends Route53ServiceException {
  name = "HostedZonePartiallyDelegated";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZonePartiallyDelegated",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZonePartiallyDelegated.prototype);
  }
};
var KeySigningKeyWithActiveStatusNotFound = class _KeySigningKeyWithActiveStatusNotFound extends Route53ServiceException {
  name = "KeySigningKeyWithActiveStatusNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeySigningKeyWithActiveStatusNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeySigningKeyWithActiveStatusNotFound.prototype);
  }
};
var NoSuchChange = class _NoSuchChange extends Route53ServiceException {
  name = "NoSuchChange";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchChange",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchChange.prototype);
  }
};
var NoSuchGeoLocation = class _NoSuchGeoLocation extends Route53ServiceException {
  name = "NoSuchGeoLocation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchGeoLocation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchGeoLocation.prototype);
  }
};
var IncompatibleVersion = class _IncompatibleVersion extends Route53ServiceException {
  name = "IncompatibleVersion";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IncompatibleVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncompatibleVersion.prototype);
  }
};
var HostedZoneNotPrivate = class _HostedZoneNotPrivate extends Route53ServiceException {
  name = "HostedZoneNotPrivate";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HostedZoneNotPrivate",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HostedZoneNotPrivate.prototype);
  }
};
var NoSuchCidrLocationException = class _NoSuchCidrLocationException extends Route53ServiceException {
  name = "NoSuchCidrLocationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchCidrLocationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchCidrLocationException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidPaginationToken = class _InvalidPaginationToken extends Route53ServiceException {
  name = "InvalidPaginationToken";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPaginationToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPaginationToken.prototype);
  }
};
var HealthCheckVersionMismatch = class _HealthCheckVersionMismatch extends Route53ServiceException {
  name = "HealthCheckVersionMismatch";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HealthCheckVersionMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HealthCheckVersionMismatch.prototype);
  }
};
var ConflictingTypes = class _ConflictingTypes extends Route53ServiceException {
  name = "ConflictingTypes";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictingTypes",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictingTypes.prototype);
  }
};

// node_modules/@aws-sdk/client-route-53/dist-es/schemas/schemas_0.js
var _A = "Action";
var _AI = "AlarmIdentifier";
var _AKSK = "ActivateKeySigningKey";
var _AKSKR = "ActivateKeySigningKeyRequest";
var _AKSKRc = "ActivateKeySigningKeyResponse";
var _AL = "AccountLimit";
var _AR = "AcceleratedRecovery";
var _ARS = "AcceleratedRecoveryStatus";
var _AT = "AliasTarget";
var _ATd = "AddTags";
var _AVPCWHZ = "AssociateVPCWithHostedZone";
var _AVPCWHZR = "AssociateVPCWithHostedZoneRequest";
var _AVPCWHZRs = "AssociateVPCWithHostedZoneResponse";
var _AWSR = "AWSRegion";
var _Ar = "Arn";
var _B = "Bias";
var _C = "Comment";
var _CB = "ChangeBatch";
var _CBIUE = "CidrBlockInUseException";
var _CBS = "CidrBlockSummary";
var _CBSi = "CidrBlockSummaries";
var _CBi = "CidrBlock";
var _CBid = "CidrBlocks";
var _CC = "CidrCollection";
var _CCAEE = "CidrCollectionAlreadyExistsException";
var _CCC = "CidrCollectionChange";
var _CCCR = "ChangeCidrCollectionRequest";
var _CCCRh = "ChangeCidrCollectionResponse";
var _CCCRr = "CreateCidrCollectionRequest";
var _CCCRre = "CreateCidrCollectionResponse";
var _CCCh = "ChangeCidrCollection";
var _CCCi = "CidrCollectionChanges";
var _CCCr = "CreateCidrCollection";
var _CCIUE = "CidrCollectionInUseException";
var _CCVME = "CidrCollectionVersionMismatchException";
var _CCi = "CidrCollections";
var _CCo = "ContinentCode";
var _CCou = "CountryCode";
var _CD = "CreatedDate";
var _CDE = "ConflictingDomainExists";
var _CHC = "ChildHealthChecks";
var _CHCL = "ChildHealthCheckList";
var _CHCR = "CreateHealthCheckRequest";
var _CHCRr = "CreateHealthCheckResponse";
var _CHCh = "ChildHealthCheck";
var _CHCr = "CreateHealthCheck";
var _CHZ = "CreateHostedZone";
var _CHZR = "CreateHostedZoneRequest";
var _CHZRr = "CreateHostedZoneResponse";
var _CI = "ChangeInfo";
var _CIR = "CheckerIpRanges";
var _CIo = "CollectionId";
var _CKSK = "CreateKeySigningKey";
var _CKSKR = "CreateKeySigningKeyRequest";
var _CKSKRr = "CreateKeySigningKeyResponse";
var _CL = "CidrList";
var _CLi = "CidrLocations";
var _CM = "ConcurrentModification";
var _CN = "ContinentName";
var _CNo = "CountryName";
var _CO = "ComparisonOperator";
var _CQLC = "CreateQueryLoggingConfig";
var _CQLCR = "CreateQueryLoggingConfigRequest";
var _CQLCRr = "CreateQueryLoggingConfigResponse";
var _CR = "CallerReference";
var _CRC = "CidrRoutingConfig";
var _CRDS = "CreateReusableDelegationSet";
var _CRDSR = "CreateReusableDelegationSetRequest";
var _CRDSRr = "CreateReusableDelegationSetResponse";
var _CRRS = "ChangeResourceRecordSets";
var _CRRSR = "ChangeResourceRecordSetsRequest";
var _CRRSRh = "ChangeResourceRecordSetsResponse";
var _CS = "CollectionSummary";
var _CSo = "CollectionSummaries";
var _CT = "ConflictingTypes";
var _CTFR = "ChangeTagsForResource";
var _CTFRR = "ChangeTagsForResourceRequest";
var _CTFRRh = "ChangeTagsForResourceResponse";
var _CTP = "CreateTrafficPolicy";
var _CTPI = "CreateTrafficPolicyInstance";
var _CTPIR = "CreateTrafficPolicyInstanceRequest";
var _CTPIRr = "CreateTrafficPolicyInstanceResponse";
var _CTPR = "CreateTrafficPolicyRequest";
var _CTPRr = "CreateTrafficPolicyResponse";
var _CTPV = "CreateTrafficPolicyVersion";
var _CTPVR = "CreateTrafficPolicyVersionRequest";
var _CTPVRr = "CreateTrafficPolicyVersionResponse";
var _CTh = "CheckedTime";
var _CV = "CollectionVersion";
var _CVPCAA = "CreateVPCAssociationAuthorization";
var _CVPCAAR = "CreateVPCAssociationAuthorizationRequest";
var _CVPCAARr = "CreateVPCAssociationAuthorizationResponse";
var _CWAC = "CloudWatchAlarmConfiguration";
var _CWLLGA = "CloudWatchLogsLogGroupArn";
var _Ch = "Change";
var _Cha = "Changes";
var _Ci = "Cidr";
var _Co = "Coordinates";
var _Col = "Collection";
var _Con = "Config";
var _Cou = "Count";
var _D = "Dimensions";
var _DAM = "DigestAlgorithmMnemonic";
var _DAT = "DigestAlgorithmType";
var _DCC = "DeleteCidrCollection";
var _DCCR = "DeleteCidrCollectionRequest";
var _DCCRe = "DeleteCidrCollectionResponse";
var _DHC = "DeleteHealthCheck";
var _DHCR = "DeleteHealthCheckRequest";
var _DHCRe = "DeleteHealthCheckResponse";
var _DHZ = "DeleteHostedZone";
var _DHZDNSSEC = "DisableHostedZoneDNSSEC";
var _DHZDNSSECR = "DisableHostedZoneDNSSECRequest";
var _DHZDNSSECRi = "DisableHostedZoneDNSSECResponse";
var _DHZR = "DeleteHostedZoneRequest";
var _DHZRe = "DeleteHostedZoneResponse";
var _DKSK = "DeactivateKeySigningKey";
var _DKSKR = "DeactivateKeySigningKeyRequest";
var _DKSKRe = "DeactivateKeySigningKeyResponse";
var _DKSKRel = "DeleteKeySigningKeyRequest";
var _DKSKRele = "DeleteKeySigningKeyResponse";
var _DKSKe = "DeleteKeySigningKey";
var _DL = "DimensionList";
var _DNSKEYR = "DNSKEYRecord";
var _DNSN = "DNSName";
var _DNSSECNF = "DNSSECNotFound";
var _DNSSECS = "DNSSECStatus";
var _DQLC = "DeleteQueryLoggingConfig";
var _DQLCR = "DeleteQueryLoggingConfigRequest";
var _DQLCRe = "DeleteQueryLoggingConfigResponse";
var _DRDS = "DeleteReusableDelegationSet";
var _DRDSR = "DeleteReusableDelegationSetRequest";
var _DRDSRe = "DeleteReusableDelegationSetResponse";
var _DS = "DelegationSet";
var _DSAC = "DelegationSetAlreadyCreated";
var _DSAR = "DelegationSetAlreadyReusable";
var _DSI = "DelegationSetId";
var _DSIU = "DelegationSetInUse";
var _DSNA = "DelegationSetNotAvailable";
var _DSNR = "DelegationSetNotReusable";
var _DSNS = "DelegationSetNameServers";
var _DSR = "DSRecord";
var _DSe = "DelegationSets";
var _DTP = "DeleteTrafficPolicy";
var _DTPI = "DeleteTrafficPolicyInstance";
var _DTPIR = "DeleteTrafficPolicyInstanceRequest";
var _DTPIRe = "DeleteTrafficPolicyInstanceResponse";
var _DTPR = "DeleteTrafficPolicyRequest";
var _DTPRe = "DeleteTrafficPolicyResponse";
var _DV = "DigestValue";
var _DVPCAA = "DeleteVPCAssociationAuthorization";
var _DVPCAAR = "DeleteVPCAssociationAuthorizationRequest";
var _DVPCAARe = "DeleteVPCAssociationAuthorizationResponse";
var _DVPCFHZ = "DisassociateVPCFromHostedZone";
var _DVPCFHZR = "DisassociateVPCFromHostedZoneRequest";
var _DVPCFHZRi = "DisassociateVPCFromHostedZoneResponse";
var _De = "Description";
var _Di = "Dimension";
var _Dis = "Disabled";
var _Do = "Document";
var _EAR = "EnableAcceleratedRecovery";
var _EDNSCSIP = "EDNS0ClientSubnetIP";
var _EDNSCSM = "EDNS0ClientSubnetMask";
var _EHZDNSSEC = "EnableHostedZoneDNSSEC";
var _EHZDNSSECR = "EnableHostedZoneDNSSECRequest";
var _EHZDNSSECRn = "EnableHostedZoneDNSSECResponse";
var _EM = "ErrorMessages";
var _EP = "EvaluationPeriods";
var _ESNI = "EnableSNI";
var _ETH = "EvaluateTargetHealth";
var _F = "Features";
var _FQDN = "FullyQualifiedDomainName";
var _FR = "FailureReasons";
var _FT = "FailureThreshold";
var _Fa = "Failover";
var _Fl = "Flag";
var _GAL = "GetAccountLimit";
var _GALR = "GetAccountLimitRequest";
var _GALRe = "GetAccountLimitResponse";
var _GC = "GetChange";
var _GCIR = "GetCheckerIpRanges";
var _GCIRR = "GetCheckerIpRangesRequest";
var _GCIRRe = "GetCheckerIpRangesResponse";
var _GCR = "GetChangeRequest";
var _GCRe = "GetChangeResponse";
var _GDNSSEC = "GetDNSSEC";
var _GDNSSECR = "GetDNSSECRequest";
var _GDNSSECRe = "GetDNSSECResponse";
var _GGL = "GetGeoLocation";
var _GGLR = "GetGeoLocationRequest";
var _GGLRe = "GetGeoLocationResponse";
var _GHC = "GetHealthCheck";
var _GHCC = "GetHealthCheckCount";
var _GHCCR = "GetHealthCheckCountRequest";
var _GHCCRe = "GetHealthCheckCountResponse";
var _GHCLFR = "GetHealthCheckLastFailureReason";
var _GHCLFRR = "GetHealthCheckLastFailureReasonRequest";
var _GHCLFRRe = "GetHealthCheckLastFailureReasonResponse";
var _GHCR = "GetHealthCheckRequest";
var _GHCRe = "GetHealthCheckResponse";
var _GHCS = "GetHealthCheckStatus";
var _GHCSR = "GetHealthCheckStatusRequest";
var _GHCSRe = "GetHealthCheckStatusResponse";
var _GHZ = "GetHostedZone";
var _GHZC = "GetHostedZoneCount";
var _GHZCR = "GetHostedZoneCountRequest";
var _GHZCRe = "GetHostedZoneCountResponse";
var _GHZL = "GetHostedZoneLimit";
var _GHZLR = "GetHostedZoneLimitRequest";
var _GHZLRe = "GetHostedZoneLimitResponse";
var _GHZR = "GetHostedZoneRequest";
var _GHZRe = "GetHostedZoneResponse";
var _GL = "GeoLocation";
var _GLD = "GeoLocationDetails";
var _GLDL = "GeoLocationDetailsList";
var _GPL = "GeoProximityLocation";
var _GQLC = "GetQueryLoggingConfig";
var _GQLCR = "GetQueryLoggingConfigRequest";
var _GQLCRe = "GetQueryLoggingConfigResponse";
var _GRDS = "GetReusableDelegationSet";
var _GRDSL = "GetReusableDelegationSetLimit";
var _GRDSLR = "GetReusableDelegationSetLimitRequest";
var _GRDSLRe = "GetReusableDelegationSetLimitResponse";
var _GRDSR = "GetReusableDelegationSetRequest";
var _GRDSRe = "GetReusableDelegationSetResponse";
var _GTP = "GetTrafficPolicy";
var _GTPI = "GetTrafficPolicyInstance";
var _GTPIC = "GetTrafficPolicyInstanceCount";
var _GTPICR = "GetTrafficPolicyInstanceCountRequest";
var _GTPICRe = "GetTrafficPolicyInstanceCountResponse";
var _GTPIR = "GetTrafficPolicyInstanceRequest";
var _GTPIRe = "GetTrafficPolicyInstanceResponse";
var _GTPR = "GetTrafficPolicyRequest";
var _GTPRe = "GetTrafficPolicyResponse";
var _HC = "HealthCheck";
var _HCAE = "HealthCheckAlreadyExists";
var _HCC = "HealthCheckConfig";
var _HCCe = "HealthCheckCount";
var _HCI = "HealthCheckId";
var _HCIU = "HealthCheckInUse";
var _HCO = "HealthCheckObservations";
var _HCOe = "HealthCheckObservation";
var _HCRL = "HealthCheckRegionList";
var _HCV = "HealthCheckVersion";
var _HCVM = "HealthCheckVersionMismatch";
var _HCe = "HealthChecks";
var _HT = "HealthThreshold";
var _HZ = "HostedZone";
var _HZAE = "HostedZoneAlreadyExists";
var _HZC = "HostedZoneConfig";
var _HZCo = "HostedZoneCount";
var _HZF = "HostedZoneFeatures";
var _HZFR = "HostedZoneFailureReasons";
var _HZI = "HostedZoneId";
var _HZIM = "HostedZoneIdMarker";
var _HZL = "HostedZoneLimit";
var _HZNE = "HostedZoneNotEmpty";
var _HZNF = "HostedZoneNotFound";
var _HZNP = "HostedZoneNotPrivate";
var _HZO = "HostedZoneOwner";
var _HZPD = "HostedZonePartiallyDelegated";
var _HZS = "HostedZoneSummary";
var _HZSo = "HostedZoneSummaries";
var _HZT = "HostedZoneType";
var _HZo = "HostedZones";
var _I = "Id";
var _IA = "InvalidArgument";
var _ICB = "InvalidChangeBatch";
var _ICWLRP = "InsufficientCloudWatchLogsResourcePolicy";
var _IDHS = "InsufficientDataHealthStatus";
var _IDN = "InvalidDomainName";
var _II = "InvalidInput";
var _IKMSA = "InvalidKMSArn";
var _IKSKN = "InvalidKeySigningKeyName";
var _IKSKS = "InvalidKeySigningKeyStatus";
var _IPA = "IPAddress";
var _IPT = "InvalidPaginationToken";
var _ISS = "InvalidSigningStatus";
var _IT = "IsTruncated";
var _ITPD = "InvalidTrafficPolicyDocument";
var _IV = "IncompatibleVersion";
var _IVPCI = "InvalidVPCId";
var _In = "Inverted";
var _K = "Key";
var _KA = "KmsArn";
var _KMSA = "KeyManagementServiceArn";
var _KSK = "KeySigningKey";
var _KSKAE = "KeySigningKeyAlreadyExists";
var _KSKIPDSR = "KeySigningKeyInParentDSRecord";
var _KSKIU = "KeySigningKeyInUse";
var _KSKWASNF = "KeySigningKeyWithActiveStatusNotFound";
var _KSKe = "KeySigningKeys";
var _KT = "KeyTag";
var _L = "Latitude";
var _LCB = "ListCidrBlocks";
var _LCBR = "ListCidrBlocksRequest";
var _LCBRi = "ListCidrBlocksResponse";
var _LCC = "ListCidrCollections";
var _LCCR = "ListCidrCollectionsRequest";
var _LCCRi = "ListCidrCollectionsResponse";
var _LCL = "ListCidrLocations";
var _LCLR = "ListCidrLocationsRequest";
var _LCLRi = "ListCidrLocationsResponse";
var _LE = "LimitsExceeded";
var _LGL = "ListGeoLocations";
var _LGLR = "ListGeoLocationsRequest";
var _LGLRi = "ListGeoLocationsResponse";
var _LHC = "ListHealthChecks";
var _LHCR = "ListHealthChecksRequest";
var _LHCRi = "ListHealthChecksResponse";
var _LHZ = "ListHostedZones";
var _LHZBN = "ListHostedZonesByName";
var _LHZBNR = "ListHostedZonesByNameRequest";
var _LHZBNRi = "ListHostedZonesByNameResponse";
var _LHZBVPC = "ListHostedZonesByVPC";
var _LHZBVPCR = "ListHostedZonesByVPCRequest";
var _LHZBVPCRi = "ListHostedZonesByVPCResponse";
var _LHZR = "ListHostedZonesRequest";
var _LHZRi = "ListHostedZonesResponse";
var _LMD = "LastModifiedDate";
var _LN = "LocationName";
var _LQLC = "ListQueryLoggingConfigs";
var _LQLCR = "ListQueryLoggingConfigsRequest";
var _LQLCRi = "ListQueryLoggingConfigsResponse";
var _LRDS = "ListReusableDelegationSets";
var _LRDSR = "ListReusableDelegationSetsRequest";
var _LRDSRi = "ListReusableDelegationSetsResponse";
var _LRRS = "ListResourceRecordSets";
var _LRRSR = "ListResourceRecordSetsRequest";
var _LRRSRi = "ListResourceRecordSetsResponse";
var _LS = "LinkedService";
var _LSo = "LocationSummary";
var _LSoc = "LocationSummaries";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTFRRis = "ListTagsForResourcesRequest";
var _LTFRRist = "ListTagsForResourcesResponse";
var _LTFRi = "ListTagsForResources";
var _LTP = "ListTrafficPolicies";
var _LTPI = "ListTrafficPolicyInstances";
var _LTPIBHZ = "ListTrafficPolicyInstancesByHostedZone";
var _LTPIBHZR = "ListTrafficPolicyInstancesByHostedZoneRequest";
var _LTPIBHZRi = "ListTrafficPolicyInstancesByHostedZoneResponse";
var _LTPIBP = "ListTrafficPolicyInstancesByPolicy";
var _LTPIBPR = "ListTrafficPolicyInstancesByPolicyRequest";
var _LTPIBPRi = "ListTrafficPolicyInstancesByPolicyResponse";
var _LTPIR = "ListTrafficPolicyInstancesRequest";
var _LTPIRi = "ListTrafficPolicyInstancesResponse";
var _LTPR = "ListTrafficPoliciesRequest";
var _LTPRi = "ListTrafficPoliciesResponse";
var _LTPV = "ListTrafficPolicyVersions";
var _LTPVR = "ListTrafficPolicyVersionsRequest";
var _LTPVRi = "ListTrafficPolicyVersionsResponse";
var _LV = "LatestVersion";
var _LVPCA = "LastVPCAssociation";
var _LVPCAA = "ListVPCAssociationAuthorizations";
var _LVPCAAR = "ListVPCAssociationAuthorizationsRequest";
var _LVPCAARi = "ListVPCAssociationAuthorizationsResponse";
var _LZG = "LocalZoneGroup";
var _Li = "Limit";
var _Lo = "Longitude";
var _Loc = "Location";
var _M = "Message";
var _MI = "MaxItems";
var _ML = "MeasureLatency";
var _MN = "MetricName";
var _MR = "MaxResults";
var _MVA = "MultiValueAnswer";
var _Ma = "Marker";
var _N = "Name";
var _NAE = "NotAuthorizedException";
var _NCC = "NextContinentCode";
var _NCCe = "NextCountryCode";
var _NDNSN = "NextDNSName";
var _NHZI = "NextHostedZoneId";
var _NM = "NextMarker";
var _NRI = "NextRecordIdentifier";
var _NRN = "NextRecordName";
var _NRT = "NextRecordType";
var _NS = "NameServers";
var _NSC = "NoSuchChange";
var _NSCCE = "NoSuchCidrCollectionException";
var _NSCLE = "NoSuchCidrLocationException";
var _NSCWLLG = "NoSuchCloudWatchLogsLogGroup";
var _NSCe = "NextSubdivisionCode";
var _NSDS = "NoSuchDelegationSet";
var _NSGL = "NoSuchGeoLocation";
var _NSHC = "NoSuchHealthCheck";
var _NSHZ = "NoSuchHostedZone";
var _NSKSK = "NoSuchKeySigningKey";
var _NSQLC = "NoSuchQueryLoggingConfig";
var _NSTP = "NoSuchTrafficPolicy";
var _NSTPI = "NoSuchTrafficPolicyInstance";
var _NSa = "NameServer";
var _NT = "NextToken";
var _Na = "Namespace";
var _Nam = "Nameserver";
var _O = "Owner";
var _OA = "OwningAccount";
var _OS = "OwningService";
var _P = "Period";
var _PK = "PublicKey";
var _PRNC = "PriorRequestNotComplete";
var _PZ = "PrivateZone";
var _PZVPCA = "PublicZoneVPCAssociation";
var _Po = "Port";
var _Pr = "Protocol";
var _QLC = "QueryLoggingConfig";
var _QLCAE = "QueryLoggingConfigAlreadyExists";
var _QLCu = "QueryLoggingConfigs";
var _R = "Region";
var _RC = "ResponseCode";
var _RCA = "RoutingControlArn";
var _RD = "RecordData";
var _RDE = "RecordDataEntry";
var _RDSL = "ReusableDelegationSetLimit";
var _RE = "ResetElements";
var _REN = "ResettableElementName";
var _RENL = "ResettableElementNameList";
var _RI = "ResourceId";
var _RIP = "ResolverIP";
var _RIe = "RequestInterval";
var _RIes = "ResourceIds";
var _RN = "RecordName";
var _RP = "ResourcePath";
var _RR = "ResourceRecord";
var _RRS = "ResourceRecordSet";
var _RRSC = "ResourceRecordSetCount";
var _RRSe = "ResourceRecordSets";
var _RRe = "ResourceRecords";
var _RT = "ResourceType";
var _RTK = "RemoveTagKeys";
var _RTS = "ResourceTagSet";
var _RTSL = "ResourceTagSetList";
var _RTSe = "ResourceTagSets";
var _RTe = "RecordType";
var _Re = "Regions";
var _S = "Status";
var _SA = "SubmittedAt";
var _SAM = "SigningAlgorithmMnemonic";
var _SAT = "SigningAlgorithmType";
var _SC = "SubdivisionCode";
var _SCC = "StartContinentCode";
var _SCCt = "StartCountryCode";
var _SI = "SetIdentifier";
var _SM = "StatusMessage";
var _SN = "SubdivisionName";
var _SP = "ServicePrincipal";
var _SR = "StatusReport";
var _SRI = "StartRecordIdentifier";
var _SRN = "StartRecordName";
var _SRT = "StartRecordType";
var _SS = "ServeSignature";
var _SSC = "StartSubdivisionCode";
var _SSe = "SearchString";
var _St = "Statistic";
var _Sta = "State";
var _T = "Type";
var _TDNSA = "TestDNSAnswer";
var _TDNSAR = "TestDNSAnswerRequest";
var _TDNSARe = "TestDNSAnswerResponse";
var _TE = "ThrottlingException";
var _TKL = "TagKeyList";
var _TL = "TagList";
var _TMHC = "TooManyHealthChecks";
var _TMHZ = "TooManyHostedZones";
var _TMKSK = "TooManyKeySigningKeys";
var _TMTP = "TooManyTrafficPolicies";
var _TMTPI = "TooManyTrafficPolicyInstances";
var _TMTPVFCP = "TooManyTrafficPolicyVersionsForCurrentPolicy";
var _TMVPCAA = "TooManyVPCAssociationAuthorizations";
var _TP = "TrafficPolicy";
var _TPAE = "TrafficPolicyAlreadyExists";
var _TPC = "TrafficPolicyCount";
var _TPI = "TrafficPolicyId";
var _TPIAE = "TrafficPolicyInstanceAlreadyExists";
var _TPIC = "TrafficPolicyInstanceCount";
var _TPII = "TrafficPolicyInstanceId";
var _TPIM = "TrafficPolicyIdMarker";
var _TPINM = "TrafficPolicyInstanceNameMarker";
var _TPITM = "TrafficPolicyInstanceTypeMarker";
var _TPIU = "TrafficPolicyInUse";
var _TPIr = "TrafficPolicyInstance";
var _TPIra = "TrafficPolicyInstances";
var _TPS = "TrafficPolicySummaries";
var _TPSr = "TrafficPolicySummary";
var _TPT = "TrafficPolicyType";
var _TPV = "TrafficPolicyVersion";
var _TPVM = "TrafficPolicyVersionMarker";
var _TPr = "TrafficPolicies";
var _TRIL = "TagResourceIdList";
var _TTL = "TTL";
var _Ta = "Tags";
var _Tag = "Tag";
var _Th = "Threshold";
var _UHC = "UpdateHealthCheck";
var _UHCR = "UpdateHealthCheckRequest";
var _UHCRp = "UpdateHealthCheckResponse";
var _UHZC = "UpdateHostedZoneComment";
var _UHZCR = "UpdateHostedZoneCommentRequest";
var _UHZCRp = "UpdateHostedZoneCommentResponse";
var _UHZF = "UpdateHostedZoneFeatures";
var _UHZFR = "UpdateHostedZoneFeaturesRequest";
var _UHZFRp = "UpdateHostedZoneFeaturesResponse";
var _UTPC = "UpdateTrafficPolicyComment";
var _UTPCR = "UpdateTrafficPolicyCommentRequest";
var _UTPCRp = "UpdateTrafficPolicyCommentResponse";
var _UTPI = "UpdateTrafficPolicyInstance";
var _UTPIR = "UpdateTrafficPolicyInstanceRequest";
var _UTPIRp = "UpdateTrafficPolicyInstanceResponse";
var _V = "Value";
var _VPC = "VPC";
var _VPCAANF = "VPCAssociationAuthorizationNotFound";
var _VPCANF = "VPCAssociationNotFound";
var _VPCI = "VPCId";
var _VPCR = "VPCRegion";
var _VPCs = "VPCs";
var _Ve = "Version";
var _W = "Weight";
var _c = "client";
var _co = "continentcode";
var _cou = "countrycode";
var _d = "dnsname";
var _de = "delegationsetid";
var _e = "error";
var _ed = "edns0clientsubnetip";
var _edn = "edns0clientsubnetmask";
var _h = "hostedzoneid";
var _hE = "httpError";
var _hH = "httpHeader";
var _hQ = "httpQuery";
var _ho = "hostedzonetype";
var _ht = "http";
var _i = "identifier";
var _id = "id";
var _l = "location";
var _m = "message";
var _ma = "maxresults";
var _mar = "marker";
var _max = "maxitems";
var _me = "messages";
var _n = "nexttoken";
var _na = "name";
var _r = "recordname";
var _re = "recordtype";
var _res = "resolverip";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.route53";
var _st = "startcontinentcode";
var _sta = "startcountrycode";
var _star = "startsubdivisioncode";
var _su = "subdivisioncode";
var _t = "type";
var _tr = "trafficpolicyid";
var _tra = "trafficpolicyinstancename";
var _traf = "trafficpolicyinstancetype";
var _traff = "trafficpolicyversion";
var _v = "vpcid";
var _ve = "version";
var _vp = "vpcregion";
var _xN = "xmlName";
var n0 = "com.amazonaws.route53";
var _s_registry = new TypeRegistry(_s);
var Route53ServiceException$ = [-3, _s, "Route53ServiceException", 0, [], []];
_s_registry.registerError(Route53ServiceException$, Route53ServiceException);
var n0_registry = new TypeRegistry(n0);
var CidrBlockInUseException$ = [
  -3,
  n0,
  _CBIUE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CidrBlockInUseException$, CidrBlockInUseException);
var CidrCollectionAlreadyExistsException$ = [
  -3,
  n0,
  _CCAEE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(CidrCollectionAlreadyExistsException$, CidrCollectionAlreadyExistsException);
var CidrCollectionInUseException$ = [
  -3,
  n0,
  _CCIUE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CidrCollectionInUseException$, CidrCollectionInUseException);
var CidrCollectionVersionMismatchException$ = [
  -3,
  n0,
  _CCVME,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CidrCollectionVersionMismatchException$, CidrCollectionVersionMismatchException);
var ConcurrentModification$ = [
  -3,
  n0,
  _CM,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentModification$, ConcurrentModification);
var ConflictingDomainExists$ = [
  -3,
  n0,
  _CDE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ConflictingDomainExists$, ConflictingDomainExists);
var ConflictingTypes$ = [
  -3,
  n0,
  _CT,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ConflictingTypes$, ConflictingTypes);
var DelegationSetAlreadyCreated$ = [
  -3,
  n0,
  _DSAC,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetAlreadyCreated$, DelegationSetAlreadyCreated);
var DelegationSetAlreadyReusable$ = [
  -3,
  n0,
  _DSAR,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetAlreadyReusable$, DelegationSetAlreadyReusable);
var DelegationSetInUse$ = [
  -3,
  n0,
  _DSIU,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetInUse$, DelegationSetInUse);
var DelegationSetNotAvailable$ = [
  -3,
  n0,
  _DSNA,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetNotAvailable$, DelegationSetNotAvailable);
var DelegationSetNotReusable$ = [
  -3,
  n0,
  _DSNR,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(DelegationSetNotReusable$, DelegationSetNotReusable);
var DNSSECNotFound$ = [
  -3,
  n0,
  _DNSSECNF,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DNSSECNotFound$, DNSSECNotFound);
var HealthCheckAlreadyExists$ = [
  -3,
  n0,
  _HCAE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(HealthCheckAlreadyExists$, HealthCheckAlreadyExists);
var HealthCheckInUse$ = [
  -3,
  n0,
  _HCIU,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(HealthCheckInUse$, HealthCheckInUse);
var HealthCheckVersionMismatch$ = [
  -3,
  n0,
  _HCVM,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(HealthCheckVersionMismatch$, HealthCheckVersionMismatch);
var HostedZoneAlreadyExists$ = [
  -3,
  n0,
  _HZAE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(HostedZoneAlreadyExists$, HostedZoneAlreadyExists);
var HostedZoneNotEmpty$ = [
  -3,
  n0,
  _HZNE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(HostedZoneNotEmpty$, HostedZoneNotEmpty);
var HostedZoneNotFound$ = [
  -3,
  n0,
  _HZNF,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(HostedZoneNotFound$, HostedZoneNotFound);
var HostedZoneNotPrivate$ = [
  -3,
  n0,
  _HZNP,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(HostedZoneNotPrivate$, HostedZoneNotPrivate);
var HostedZonePartiallyDelegated$ = [
  -3,
  n0,
  _HZPD,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(HostedZonePartiallyDelegated$, HostedZonePartiallyDelegated);
var IncompatibleVersion$ = [
  -3,
  n0,
  _IV,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(IncompatibleVersion$, IncompatibleVersion);
var InsufficientCloudWatchLogsResourcePolicy$ = [
  -3,
  n0,
  _ICWLRP,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientCloudWatchLogsResourcePolicy$, InsufficientCloudWatchLogsResourcePolicy);
var InvalidArgument$ = [
  -3,
  n0,
  _IA,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidArgument$, InvalidArgument);
var InvalidChangeBatch$ = [
  -3,
  n0,
  _ICB,
  { [_e]: _c },
  [_me, _m],
  [[() => ErrorMessages, 0], 0]
];
n0_registry.registerError(InvalidChangeBatch$, InvalidChangeBatch);
var InvalidDomainName$ = [
  -3,
  n0,
  _IDN,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDomainName$, InvalidDomainName);
var InvalidInput$ = [
  -3,
  n0,
  _II,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInput$, InvalidInput);
var InvalidKeySigningKeyName$ = [
  -3,
  n0,
  _IKSKN,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKeySigningKeyName$, InvalidKeySigningKeyName);
var InvalidKeySigningKeyStatus$ = [
  -3,
  n0,
  _IKSKS,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKeySigningKeyStatus$, InvalidKeySigningKeyStatus);
var InvalidKMSArn$ = [
  -3,
  n0,
  _IKMSA,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKMSArn$, InvalidKMSArn);
var InvalidPaginationToken$ = [
  -3,
  n0,
  _IPT,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidPaginationToken$, InvalidPaginationToken);
var InvalidSigningStatus$ = [
  -3,
  n0,
  _ISS,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSigningStatus$, InvalidSigningStatus);
var InvalidTrafficPolicyDocument$ = [
  -3,
  n0,
  _ITPD,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTrafficPolicyDocument$, InvalidTrafficPolicyDocument);
var InvalidVPCId$ = [
  -3,
  n0,
  _IVPCI,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidVPCId$, InvalidVPCId);
var KeySigningKeyAlreadyExists$ = [
  -3,
  n0,
  _KSKAE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(KeySigningKeyAlreadyExists$, KeySigningKeyAlreadyExists);
var KeySigningKeyInParentDSRecord$ = [
  -3,
  n0,
  _KSKIPDSR,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KeySigningKeyInParentDSRecord$, KeySigningKeyInParentDSRecord);
var KeySigningKeyInUse$ = [
  -3,
  n0,
  _KSKIU,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(KeySigningKeyInUse$, KeySigningKeyInUse);
var KeySigningKeyWithActiveStatusNotFound$ = [
  -3,
  n0,
  _KSKWASNF,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(KeySigningKeyWithActiveStatusNotFound$, KeySigningKeyWithActiveStatusNotFound);
var LastVPCAssociation$ = [
  -3,
  n0,
  _LVPCA,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(LastVPCAssociation$, LastVPCAssociation);
var LimitsExceeded$ = [
  -3,
  n0,
  _LE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LimitsExceeded$, LimitsExceeded);
var NoSuchChange$ = [
  -3,
  n0,
  _NSC,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchChange$, NoSuchChange);
var NoSuchCidrCollectionException$ = [
  -3,
  n0,
  _NSCCE,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchCidrCollectionException$, NoSuchCidrCollectionException);
var NoSuchCidrLocationException$ = [
  -3,
  n0,
  _NSCLE,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchCidrLocationException$, NoSuchCidrLocationException);
var NoSuchCloudWatchLogsLogGroup$ = [
  -3,
  n0,
  _NSCWLLG,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchCloudWatchLogsLogGroup$, NoSuchCloudWatchLogsLogGroup);
var NoSuchDelegationSet$ = [
  -3,
  n0,
  _NSDS,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchDelegationSet$, NoSuchDelegationSet);
var NoSuchGeoLocation$ = [
  -3,
  n0,
  _NSGL,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchGeoLocation$, NoSuchGeoLocation);
var NoSuchHealthCheck$ = [
  -3,
  n0,
  _NSHC,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchHealthCheck$, NoSuchHealthCheck);
var NoSuchHostedZone$ = [
  -3,
  n0,
  _NSHZ,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchHostedZone$, NoSuchHostedZone);
var NoSuchKeySigningKey$ = [
  -3,
  n0,
  _NSKSK,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchKeySigningKey$, NoSuchKeySigningKey);
var NoSuchQueryLoggingConfig$ = [
  -3,
  n0,
  _NSQLC,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchQueryLoggingConfig$, NoSuchQueryLoggingConfig);
var NoSuchTrafficPolicy$ = [
  -3,
  n0,
  _NSTP,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchTrafficPolicy$, NoSuchTrafficPolicy);
var NoSuchTrafficPolicyInstance$ = [
  -3,
  n0,
  _NSTPI,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchTrafficPolicyInstance$, NoSuchTrafficPolicyInstance);
var NotAuthorizedException$ = [
  -3,
  n0,
  _NAE,
  { [_e]: _c, [_hE]: 401 },
  [_m],
  [0]
];
n0_registry.registerError(NotAuthorizedException$, NotAuthorizedException);
var PriorRequestNotComplete$ = [
  -3,
  n0,
  _PRNC,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PriorRequestNotComplete$, PriorRequestNotComplete);
var PublicZoneVPCAssociation$ = [
  -3,
  n0,
  _PZVPCA,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PublicZoneVPCAssociation$, PublicZoneVPCAssociation);
var QueryLoggingConfigAlreadyExists$ = [
  -3,
  n0,
  _QLCAE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(QueryLoggingConfigAlreadyExists$, QueryLoggingConfigAlreadyExists);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TooManyHealthChecks$ = [
  -3,
  n0,
  _TMHC,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(TooManyHealthChecks$, TooManyHealthChecks);
var TooManyHostedZones$ = [
  -3,
  n0,
  _TMHZ,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyHostedZones$, TooManyHostedZones);
var TooManyKeySigningKeys$ = [
  -3,
  n0,
  _TMKSK,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(TooManyKeySigningKeys$, TooManyKeySigningKeys);
var TooManyTrafficPolicies$ = [
  -3,
  n0,
  _TMTP,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyTrafficPolicies$, TooManyTrafficPolicies);
var TooManyTrafficPolicyInstances$ = [
  -3,
  n0,
  _TMTPI,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyTrafficPolicyInstances$, TooManyTrafficPolicyInstances);
var TooManyTrafficPolicyVersionsForCurrentPolicy$ = [
  -3,
  n0,
  _TMTPVFCP,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyTrafficPolicyVersionsForCurrentPolicy$, TooManyTrafficPolicyVersionsForCurrentPolicy);
var TooManyVPCAssociationAuthorizations$ = [
  -3,
  n0,
  _TMVPCAA,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyVPCAssociationAuthorizations$, TooManyVPCAssociationAuthorizations);
var TrafficPolicyAlreadyExists$ = [
  -3,
  n0,
  _TPAE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(TrafficPolicyAlreadyExists$, TrafficPolicyAlreadyExists);
var TrafficPolicyInstanceAlreadyExists$ = [
  -3,
  n0,
  _TPIAE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(TrafficPolicyInstanceAlreadyExists$, TrafficPolicyInstanceAlreadyExists);
var TrafficPolicyInUse$ = [
  -3,
  n0,
  _TPIU,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TrafficPolicyInUse$, TrafficPolicyInUse);
var VPCAssociationAuthorizationNotFound$ = [
  -3,
  n0,
  _VPCAANF,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(VPCAssociationAuthorizationNotFound$, VPCAssociationAuthorizationNotFound);
var VPCAssociationNotFound$ = [
  -3,
  n0,
  _VPCANF,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(VPCAssociationNotFound$, VPCAssociationNotFound);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccountLimit$ = [
  3,
  n0,
  _AL,
  0,
  [_T, _V],
  [0, 1],
  2
];
var ActivateKeySigningKeyRequest$ = [
  3,
  n0,
  _AKSKR,
  0,
  [_HZI, _N],
  [[0, 1], [0, 1]],
  2
];
var ActivateKeySigningKeyResponse$ = [
  3,
  n0,
  _AKSKRc,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var AlarmIdentifier$ = [
  3,
  n0,
  _AI,
  0,
  [_R, _N],
  [0, 0],
  2
];
var AliasTarget$ = [
  3,
  n0,
  _AT,
  0,
  [_HZI, _DNSN, _ETH],
  [0, 0, 2],
  3
];
var AssociateVPCWithHostedZoneRequest$ = [
  3,
  n0,
  _AVPCWHZR,
  0,
  [_HZI, _VPC, _C],
  [[0, 1], () => VPC$, 0],
  2
];
var AssociateVPCWithHostedZoneResponse$ = [
  3,
  n0,
  _AVPCWHZRs,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var Change$ = [
  3,
  n0,
  _Ch,
  0,
  [_A, _RRS],
  [0, [() => ResourceRecordSet$, 0]],
  2
];
var ChangeBatch$ = [
  3,
  n0,
  _CB,
  0,
  [_Cha, _C],
  [[() => Changes, 0], 0],
  1
];
var ChangeCidrCollectionRequest$ = [
  3,
  n0,
  _CCCR,
  0,
  [_I, _Cha, _CV],
  [[0, 1], [() => CidrCollectionChanges, 0], 1],
  2
];
var ChangeCidrCollectionResponse$ = [
  3,
  n0,
  _CCCRh,
  0,
  [_I],
  [0],
  1
];
var ChangeInfo$ = [
  3,
  n0,
  _CI,
  0,
  [_I, _S, _SA, _C],
  [0, 0, 4, 0],
  3
];
var ChangeResourceRecordSetsRequest$ = [
  3,
  n0,
  _CRRSR,
  0,
  [_HZI, _CB],
  [[0, 1], [() => ChangeBatch$, 0]],
  2
];
var ChangeResourceRecordSetsResponse$ = [
  3,
  n0,
  _CRRSRh,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var ChangeTagsForResourceRequest$ = [
  3,
  n0,
  _CTFRR,
  0,
  [_RT, _RI, _ATd, _RTK],
  [[0, 1], [0, 1], [() => TagList, 0], [() => TagKeyList, 0]],
  2
];
var ChangeTagsForResourceResponse$ = [
  3,
  n0,
  _CTFRRh,
  0,
  [],
  []
];
var CidrBlockSummary$ = [
  3,
  n0,
  _CBS,
  0,
  [_CBi, _LN],
  [0, 0]
];
var CidrCollection$ = [
  3,
  n0,
  _CC,
  0,
  [_Ar, _I, _N, _Ve],
  [0, 0, 0, 1]
];
var CidrCollectionChange$ = [
  3,
  n0,
  _CCC,
  0,
  [_LN, _A, _CL],
  [0, 0, [() => CidrList, 0]],
  3
];
var CidrRoutingConfig$ = [
  3,
  n0,
  _CRC,
  0,
  [_CIo, _LN],
  [0, 0],
  2
];
var CloudWatchAlarmConfiguration$ = [
  3,
  n0,
  _CWAC,
  0,
  [_EP, _Th, _CO, _P, _MN, _Na, _St, _D],
  [1, 1, 0, 1, 0, 0, 0, [() => DimensionList, 0]],
  7
];
var CollectionSummary$ = [
  3,
  n0,
  _CS,
  0,
  [_Ar, _I, _N, _Ve],
  [0, 0, 0, 1]
];
var Coordinates$ = [
  3,
  n0,
  _Co,
  0,
  [_L, _Lo],
  [0, 0],
  2
];
var CreateCidrCollectionRequest$ = [
  3,
  n0,
  _CCCRr,
  0,
  [_N, _CR],
  [0, 0],
  2
];
var CreateCidrCollectionResponse$ = [
  3,
  n0,
  _CCCRre,
  0,
  [_Col, _Loc],
  [() => CidrCollection$, [0, { [_hH]: _Loc }]]
];
var CreateHealthCheckRequest$ = [
  3,
  n0,
  _CHCR,
  0,
  [_CR, _HCC],
  [0, [() => HealthCheckConfig$, 0]],
  2
];
var CreateHealthCheckResponse$ = [
  3,
  n0,
  _CHCRr,
  0,
  [_HC, _Loc],
  [[() => HealthCheck$, 0], [0, { [_hH]: _Loc }]],
  2
];
var CreateHostedZoneRequest$ = [
  3,
  n0,
  _CHZR,
  0,
  [_N, _CR, _VPC, _HZC, _DSI],
  [0, 0, () => VPC$, () => HostedZoneConfig$, 0],
  2
];
var CreateHostedZoneResponse$ = [
  3,
  n0,
  _CHZRr,
  0,
  [_HZ, _CI, _DS, _Loc, _VPC],
  [() => HostedZone$, () => ChangeInfo$, [() => DelegationSet$, 0], [0, { [_hH]: _Loc }], () => VPC$],
  4
];
var CreateKeySigningKeyRequest$ = [
  3,
  n0,
  _CKSKR,
  0,
  [_CR, _HZI, _KMSA, _N, _S],
  [0, 0, 0, 0, 0],
  5
];
var CreateKeySigningKeyResponse$ = [
  3,
  n0,
  _CKSKRr,
  0,
  [_CI, _KSK, _Loc],
  [() => ChangeInfo$, () => KeySigningKey$, [0, { [_hH]: _Loc }]],
  3
];
var CreateQueryLoggingConfigRequest$ = [
  3,
  n0,
  _CQLCR,
  0,
  [_HZI, _CWLLGA],
  [0, 0],
  2
];
var CreateQueryLoggingConfigResponse$ = [
  3,
  n0,
  _CQLCRr,
  0,
  [_QLC, _Loc],
  [() => QueryLoggingConfig$, [0, { [_hH]: _Loc }]],
  2
];
var CreateReusableDelegationSetRequest$ = [
  3,
  n0,
  _CRDSR,
  0,
  [_CR, _HZI],
  [0, 0],
  1
];
var CreateReusableDelegationSetResponse$ = [
  3,
  n0,
  _CRDSRr,
  0,
  [_DS, _Loc],
  [[() => DelegationSet$, 0], [0, { [_hH]: _Loc }]],
  2
];
var CreateTrafficPolicyInstanceRequest$ = [
  3,
  n0,
  _CTPIR,
  0,
  [_HZI, _N, _TTL, _TPI, _TPV],
  [0, 0, 1, 0, 1],
  5
];
var CreateTrafficPolicyInstanceResponse$ = [
  3,
  n0,
  _CTPIRr,
  0,
  [_TPIr, _Loc],
  [() => TrafficPolicyInstance$, [0, { [_hH]: _Loc }]],
  2
];
var CreateTrafficPolicyRequest$ = [
  3,
  n0,
  _CTPR,
  0,
  [_N, _Do, _C],
  [0, 0, 0],
  2
];
var CreateTrafficPolicyResponse$ = [
  3,
  n0,
  _CTPRr,
  0,
  [_TP, _Loc],
  [() => TrafficPolicy$, [0, { [_hH]: _Loc }]],
  2
];
var CreateTrafficPolicyVersionRequest$ = [
  3,
  n0,
  _CTPVR,
  0,
  [_I, _Do, _C],
  [[0, 1], 0, 0],
  2
];
var CreateTrafficPolicyVersionResponse$ = [
  3,
  n0,
  _CTPVRr,
  0,
  [_TP, _Loc],
  [() => TrafficPolicy$, [0, { [_hH]: _Loc }]],
  2
];
var CreateVPCAssociationAuthorizationRequest$ = [
  3,
  n0,
  _CVPCAAR,
  0,
  [_HZI, _VPC],
  [[0, 1], () => VPC$],
  2
];
var CreateVPCAssociationAuthorizationResponse$ = [
  3,
  n0,
  _CVPCAARr,
  0,
  [_HZI, _VPC],
  [0, () => VPC$],
  2
];
var DeactivateKeySigningKeyRequest$ = [
  3,
  n0,
  _DKSKR,
  0,
  [_HZI, _N],
  [[0, 1], [0, 1]],
  2
];
var DeactivateKeySigningKeyResponse$ = [
  3,
  n0,
  _DKSKRe,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var DelegationSet$ = [
  3,
  n0,
  _DS,
  0,
  [_NS, _I, _CR],
  [[() => DelegationSetNameServers, 0], 0, 0],
  1
];
var DeleteCidrCollectionRequest$ = [
  3,
  n0,
  _DCCR,
  0,
  [_I],
  [[0, 1]],
  1
];
var DeleteCidrCollectionResponse$ = [
  3,
  n0,
  _DCCRe,
  0,
  [],
  []
];
var DeleteHealthCheckRequest$ = [
  3,
  n0,
  _DHCR,
  0,
  [_HCI],
  [[0, 1]],
  1
];
var DeleteHealthCheckResponse$ = [
  3,
  n0,
  _DHCRe,
  0,
  [],
  []
];
var DeleteHostedZoneRequest$ = [
  3,
  n0,
  _DHZR,
  0,
  [_I],
  [[0, 1]],
  1
];
var DeleteHostedZoneResponse$ = [
  3,
  n0,
  _DHZRe,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var DeleteKeySigningKeyRequest$ = [
  3,
  n0,
  _DKSKRel,
  0,
  [_HZI, _N],
  [[0, 1], [0, 1]],
  2
];
var DeleteKeySigningKeyResponse$ = [
  3,
  n0,
  _DKSKRele,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var DeleteQueryLoggingConfigRequest$ = [
  3,
  n0,
  _DQLCR,
  0,
  [_I],
  [[0, 1]],
  1
];
var DeleteQueryLoggingConfigResponse$ = [
  3,
  n0,
  _DQLCRe,
  0,
  [],
  []
];
var DeleteReusableDelegationSetRequest$ = [
  3,
  n0,
  _DRDSR,
  0,
  [_I],
  [[0, 1]],
  1
];
var DeleteReusableDelegationSetResponse$ = [
  3,
  n0,
  _DRDSRe,
  0,
  [],
  []
];
var DeleteTrafficPolicyInstanceRequest$ = [
  3,
  n0,
  _DTPIR,
  0,
  [_I],
  [[0, 1]],
  1
];
var DeleteTrafficPolicyInstanceResponse$ = [
  3,
  n0,
  _DTPIRe,
  0,
  [],
  []
];
var DeleteTrafficPolicyRequest$ = [
  3,
  n0,
  _DTPR,
  0,
  [_I, _Ve],
  [[0, 1], [1, 1]],
  2
];
var DeleteTrafficPolicyResponse$ = [
  3,
  n0,
  _DTPRe,
  0,
  [],
  []
];
var DeleteVPCAssociationAuthorizationRequest$ = [
  3,
  n0,
  _DVPCAAR,
  0,
  [_HZI, _VPC],
  [[0, 1], () => VPC$],
  2
];
var DeleteVPCAssociationAuthorizationResponse$ = [
  3,
  n0,
  _DVPCAARe,
  0,
  [],
  []
];
var Dimension$ = [
  3,
  n0,
  _Di,
  0,
  [_N, _V],
  [0, 0],
  2
];
var DisableHostedZoneDNSSECRequest$ = [
  3,
  n0,
  _DHZDNSSECR,
  0,
  [_HZI],
  [[0, 1]],
  1
];
var DisableHostedZoneDNSSECResponse$ = [
  3,
  n0,
  _DHZDNSSECRi,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var DisassociateVPCFromHostedZoneRequest$ = [
  3,
  n0,
  _DVPCFHZR,
  0,
  [_HZI, _VPC, _C],
  [[0, 1], () => VPC$, 0],
  2
];
var DisassociateVPCFromHostedZoneResponse$ = [
  3,
  n0,
  _DVPCFHZRi,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var DNSSECStatus$ = [
  3,
  n0,
  _DNSSECS,
  0,
  [_SS, _SM],
  [0, 0]
];
var EnableHostedZoneDNSSECRequest$ = [
  3,
  n0,
  _EHZDNSSECR,
  0,
  [_HZI],
  [[0, 1]],
  1
];
var EnableHostedZoneDNSSECResponse$ = [
  3,
  n0,
  _EHZDNSSECRn,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var GeoLocation$ = [
  3,
  n0,
  _GL,
  0,
  [_CCo, _CCou, _SC],
  [0, 0, 0]
];
var GeoLocationDetails$ = [
  3,
  n0,
  _GLD,
  0,
  [_CCo, _CN, _CCou, _CNo, _SC, _SN],
  [0, 0, 0, 0, 0, 0]
];
var GeoProximityLocation$ = [
  3,
  n0,
  _GPL,
  0,
  [_AWSR, _LZG, _Co, _B],
  [0, 0, () => Coordinates$, 1]
];
var GetAccountLimitRequest$ = [
  3,
  n0,
  _GALR,
  0,
  [_T],
  [[0, 1]],
  1
];
var GetAccountLimitResponse$ = [
  3,
  n0,
  _GALRe,
  0,
  [_Li, _Cou],
  [() => AccountLimit$, 1],
  2
];
var GetChangeRequest$ = [
  3,
  n0,
  _GCR,
  0,
  [_I],
  [[0, 1]],
  1
];
var GetChangeResponse$ = [
  3,
  n0,
  _GCRe,
  0,
  [_CI],
  [() => ChangeInfo$],
  1
];
var GetCheckerIpRangesRequest$ = [
  3,
  n0,
  _GCIRR,
  0,
  [],
  []
];
var GetCheckerIpRangesResponse$ = [
  3,
  n0,
  _GCIRRe,
  0,
  [_CIR],
  [64 | 0],
  1
];
var GetDNSSECRequest$ = [
  3,
  n0,
  _GDNSSECR,
  0,
  [_HZI],
  [[0, 1]],
  1
];
var GetDNSSECResponse$ = [
  3,
  n0,
  _GDNSSECRe,
  0,
  [_S, _KSKe],
  [() => DNSSECStatus$, () => KeySigningKeys],
  2
];
var GetGeoLocationRequest$ = [
  3,
  n0,
  _GGLR,
  0,
  [_CCo, _CCou, _SC],
  [[0, { [_hQ]: _co }], [0, { [_hQ]: _cou }], [0, { [_hQ]: _su }]]
];
var GetGeoLocationResponse$ = [
  3,
  n0,
  _GGLRe,
  0,
  [_GLD],
  [() => GeoLocationDetails$],
  1
];
var GetHealthCheckCountRequest$ = [
  3,
  n0,
  _GHCCR,
  0,
  [],
  []
];
var GetHealthCheckCountResponse$ = [
  3,
  n0,
  _GHCCRe,
  0,
  [_HCCe],
  [1],
  1
];
var GetHealthCheckLastFailureReasonRequest$ = [
  3,
  n0,
  _GHCLFRR,
  0,
  [_HCI],
  [[0, 1]],
  1
];
var GetHealthCheckLastFailureReasonResponse$ = [
  3,
  n0,
  _GHCLFRRe,
  0,
  [_HCO],
  [[() => HealthCheckObservations, 0]],
  1
];
var GetHealthCheckRequest$ = [
  3,
  n0,
  _GHCR,
  0,
  [_HCI],
  [[0, 1]],
  1
];
var GetHealthCheckResponse$ = [
  3,
  n0,
  _GHCRe,
  0,
  [_HC],
  [[() => HealthCheck$, 0]],
  1
];
var GetHealthCheckStatusRequest$ = [
  3,
  n0,
  _GHCSR,
  0,
  [_HCI],
  [[0, 1]],
  1
];
var GetHealthCheckStatusResponse$ = [
  3,
  n0,
  _GHCSRe,
  0,
  [_HCO],
  [[() => HealthCheckObservations, 0]],
  1
];
var GetHostedZoneCountRequest$ = [
  3,
  n0,
  _GHZCR,
  0,
  [],
  []
];
var GetHostedZoneCountResponse$ = [
  3,
  n0,
  _GHZCRe,
  0,
  [_HZCo],
  [1],
  1
];
var GetHostedZoneLimitRequest$ = [
  3,
  n0,
  _GHZLR,
  0,
  [_T, _HZI],
  [[0, 1], [0, 1]],
  2
];
var GetHostedZoneLimitResponse$ = [
  3,
  n0,
  _GHZLRe,
  0,
  [_Li, _Cou],
  [() => HostedZoneLimit$, 1],
  2
];
var GetHostedZoneRequest$ = [
  3,
  n0,
  _GHZR,
  0,
  [_I],
  [[0, 1]],
  1
];
var GetHostedZoneResponse$ = [
  3,
  n0,
  _GHZRe,
  0,
  [_HZ, _DS, _VPCs],
  [() => HostedZone$, [() => DelegationSet$, 0], [() => VPCs, 0]],
  1
];
var GetQueryLoggingConfigRequest$ = [
  3,
  n0,
  _GQLCR,
  0,
  [_I],
  [[0, 1]],
  1
];
var GetQueryLoggingConfigResponse$ = [
  3,
  n0,
  _GQLCRe,
  0,
  [_QLC],
  [() => QueryLoggingConfig$],
  1
];
var GetReusableDelegationSetLimitRequest$ = [
  3,
  n0,
  _GRDSLR,
  0,
  [_T, _DSI],
  [[0, 1], [0, 1]],
  2
];
var GetReusableDelegationSetLimitResponse$ = [
  3,
  n0,
  _GRDSLRe,
  0,
  [_Li, _Cou],
  [() => ReusableDelegationSetLimit$, 1],
  2
];
var GetReusableDelegationSetRequest$ = [
  3,
  n0,
  _GRDSR,
  0,
  [_I],
  [[0, 1]],
  1
];
var GetReusableDelegationSetResponse$ = [
  3,
  n0,
  _GRDSRe,
  0,
  [_DS],
  [[() => DelegationSet$, 0]],
  1
];
var GetTrafficPolicyInstanceCountRequest$ = [
  3,
  n0,
  _GTPICR,
  0,
  [],
  []
];
var GetTrafficPolicyInstanceCountResponse$ = [
  3,
  n0,
  _GTPICRe,
  0,
  [_TPIC],
  [1],
  1
];
var GetTrafficPolicyInstanceRequest$ = [
  3,
  n0,
  _GTPIR,
  0,
  [_I],
  [[0, 1]],
  1
];
var GetTrafficPolicyInstanceResponse$ = [
  3,
  n0,
  _GTPIRe,
  0,
  [_TPIr],
  [() => TrafficPolicyInstance$],
  1
];
var GetTrafficPolicyRequest$ = [
  3,
  n0,
  _GTPR,
  0,
  [_I, _Ve],
  [[0, 1], [1, 1]],
  2
];
var GetTrafficPolicyResponse$ = [
  3,
  n0,
  _GTPRe,
  0,
  [_TP],
  [() => TrafficPolicy$],
  1
];
var HealthCheck$ = [
  3,
  n0,
  _HC,
  0,
  [_I, _CR, _HCC, _HCV, _LS, _CWAC],
  [0, 0, [() => HealthCheckConfig$, 0], 1, () => LinkedService$, [() => CloudWatchAlarmConfiguration$, 0]],
  4
];
var HealthCheckConfig$ = [
  3,
  n0,
  _HCC,
  0,
  [_T, _IPA, _Po, _RP, _FQDN, _SSe, _RIe, _FT, _ML, _In, _Dis, _HT, _CHC, _ESNI, _Re, _AI, _IDHS, _RCA],
  [0, 0, 1, 0, 0, 0, 1, 1, 2, 2, 2, 1, [() => ChildHealthCheckList, 0], 2, [() => HealthCheckRegionList, 0], () => AlarmIdentifier$, 0, 0],
  1
];
var HealthCheckObservation$ = [
  3,
  n0,
  _HCOe,
  0,
  [_R, _IPA, _SR],
  [0, 0, () => StatusReport$]
];
var HostedZone$ = [
  3,
  n0,
  _HZ,
  0,
  [_I, _N, _CR, _Con, _RRSC, _LS, _F],
  [0, 0, 0, () => HostedZoneConfig$, 1, () => LinkedService$, () => HostedZoneFeatures$],
  3
];
var HostedZoneConfig$ = [
  3,
  n0,
  _HZC,
  0,
  [_C, _PZ],
  [0, 2]
];
var HostedZoneFailureReasons$ = [
  3,
  n0,
  _HZFR,
  0,
  [_AR],
  [0]
];
var HostedZoneFeatures$ = [
  3,
  n0,
  _HZF,
  0,
  [_ARS, _FR],
  [0, () => HostedZoneFailureReasons$]
];
var HostedZoneLimit$ = [
  3,
  n0,
  _HZL,
  0,
  [_T, _V],
  [0, 1],
  2
];
var HostedZoneOwner$ = [
  3,
  n0,
  _HZO,
  0,
  [_OA, _OS],
  [0, 0]
];
var HostedZoneSummary$ = [
  3,
  n0,
  _HZS,
  0,
  [_HZI, _N, _O],
  [0, 0, () => HostedZoneOwner$],
  3
];
var KeySigningKey$ = [
  3,
  n0,
  _KSK,
  0,
  [_N, _KA, _Fl, _SAM, _SAT, _DAM, _DAT, _KT, _DV, _PK, _DSR, _DNSKEYR, _S, _SM, _CD, _LMD],
  [0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 4, 4]
];
var LinkedService$ = [
  3,
  n0,
  _LS,
  0,
  [_SP, _De],
  [0, 0]
];
var ListCidrBlocksRequest$ = [
  3,
  n0,
  _LCBR,
  0,
  [_CIo, _LN, _NT, _MR],
  [[0, 1], [0, { [_hQ]: _l }], [0, { [_hQ]: _n }], [1, { [_hQ]: _ma }]],
  1
];
var ListCidrBlocksResponse$ = [
  3,
  n0,
  _LCBRi,
  0,
  [_NT, _CBid],
  [0, () => CidrBlockSummaries]
];
var ListCidrCollectionsRequest$ = [
  3,
  n0,
  _LCCR,
  0,
  [_NT, _MR],
  [[0, { [_hQ]: _n }], [1, { [_hQ]: _ma }]]
];
var ListCidrCollectionsResponse$ = [
  3,
  n0,
  _LCCRi,
  0,
  [_NT, _CCi],
  [0, () => CollectionSummaries]
];
var ListCidrLocationsRequest$ = [
  3,
  n0,
  _LCLR,
  0,
  [_CIo, _NT, _MR],
  [[0, 1], [0, { [_hQ]: _n }], [1, { [_hQ]: _ma }]],
  1
];
var ListCidrLocationsResponse$ = [
  3,
  n0,
  _LCLRi,
  0,
  [_NT, _CLi],
  [0, () => LocationSummaries]
];
var ListGeoLocationsRequest$ = [
  3,
  n0,
  _LGLR,
  0,
  [_SCC, _SCCt, _SSC, _MI],
  [[0, { [_hQ]: _st }], [0, { [_hQ]: _sta }], [0, { [_hQ]: _star }], [1, { [_hQ]: _max }]]
];
var ListGeoLocationsResponse$ = [
  3,
  n0,
  _LGLRi,
  0,
  [_GLDL, _IT, _MI, _NCC, _NCCe, _NSCe],
  [[() => GeoLocationDetailsList, 0], 2, 1, 0, 0, 0],
  3
];
var ListHealthChecksRequest$ = [
  3,
  n0,
  _LHCR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _mar }], [1, { [_hQ]: _max }]]
];
var ListHealthChecksResponse$ = [
  3,
  n0,
  _LHCRi,
  0,
  [_HCe, _Ma, _IT, _MI, _NM],
  [[() => HealthChecks, 0], 0, 2, 1, 0],
  4
];
var ListHostedZonesByNameRequest$ = [
  3,
  n0,
  _LHZBNR,
  0,
  [_DNSN, _HZI, _MI],
  [[0, { [_hQ]: _d }], [0, { [_hQ]: _h }], [1, { [_hQ]: _max }]]
];
var ListHostedZonesByNameResponse$ = [
  3,
  n0,
  _LHZBNRi,
  0,
  [_HZo, _IT, _MI, _DNSN, _HZI, _NDNSN, _NHZI],
  [[() => HostedZones, 0], 2, 1, 0, 0, 0, 0],
  3
];
var ListHostedZonesByVPCRequest$ = [
  3,
  n0,
  _LHZBVPCR,
  0,
  [_VPCI, _VPCR, _MI, _NT],
  [[0, { [_hQ]: _v }], [0, { [_hQ]: _vp }], [1, { [_hQ]: _max }], [0, { [_hQ]: _n }]],
  2
];
var ListHostedZonesByVPCResponse$ = [
  3,
  n0,
  _LHZBVPCRi,
  0,
  [_HZSo, _MI, _NT],
  [[() => HostedZoneSummaries, 0], 1, 0],
  2
];
var ListHostedZonesRequest$ = [
  3,
  n0,
  _LHZR,
  0,
  [_Ma, _MI, _DSI, _HZT],
  [[0, { [_hQ]: _mar }], [1, { [_hQ]: _max }], [0, { [_hQ]: _de }], [0, { [_hQ]: _ho }]]
];
var ListHostedZonesResponse$ = [
  3,
  n0,
  _LHZRi,
  0,
  [_HZo, _Ma, _IT, _MI, _NM],
  [[() => HostedZones, 0], 0, 2, 1, 0],
  4
];
var ListQueryLoggingConfigsRequest$ = [
  3,
  n0,
  _LQLCR,
  0,
  [_HZI, _NT, _MR],
  [[0, { [_hQ]: _h }], [0, { [_hQ]: _n }], [1, { [_hQ]: _ma }]]
];
var ListQueryLoggingConfigsResponse$ = [
  3,
  n0,
  _LQLCRi,
  0,
  [_QLCu, _NT],
  [[() => QueryLoggingConfigs, 0], 0],
  1
];
var ListResourceRecordSetsRequest$ = [
  3,
  n0,
  _LRRSR,
  0,
  [_HZI, _SRN, _SRT, _SRI, _MI],
  [[0, 1], [0, { [_hQ]: _na }], [0, { [_hQ]: _t }], [0, { [_hQ]: _i }], [1, { [_hQ]: _max }]],
  1
];
var ListResourceRecordSetsResponse$ = [
  3,
  n0,
  _LRRSRi,
  0,
  [_RRSe, _IT, _MI, _NRN, _NRT, _NRI],
  [[() => ResourceRecordSets, 0], 2, 1, 0, 0, 0],
  3
];
var ListReusableDelegationSetsRequest$ = [
  3,
  n0,
  _LRDSR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _mar }], [1, { [_hQ]: _max }]]
];
var ListReusableDelegationSetsResponse$ = [
  3,
  n0,
  _LRDSRi,
  0,
  [_DSe, _Ma, _IT, _MI, _NM],
  [[() => DelegationSets, 0], 0, 2, 1, 0],
  4
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_RT, _RI],
  [[0, 1], [0, 1]],
  2
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_RTS],
  [[() => ResourceTagSet$, 0]],
  1
];
var ListTagsForResourcesRequest$ = [
  3,
  n0,
  _LTFRRis,
  0,
  [_RT, _RIes],
  [[0, 1], [() => TagResourceIdList, 0]],
  2
];
var ListTagsForResourcesResponse$ = [
  3,
  n0,
  _LTFRRist,
  0,
  [_RTSe],
  [[() => ResourceTagSetList, 0]],
  1
];
var ListTrafficPoliciesRequest$ = [
  3,
  n0,
  _LTPR,
  0,
  [_TPIM, _MI],
  [[0, { [_hQ]: _tr }], [1, { [_hQ]: _max }]]
];
var ListTrafficPoliciesResponse$ = [
  3,
  n0,
  _LTPRi,
  0,
  [_TPS, _IT, _TPIM, _MI],
  [[() => TrafficPolicySummaries, 0], 2, 0, 1],
  4
];
var ListTrafficPolicyInstancesByHostedZoneRequest$ = [
  3,
  n0,
  _LTPIBHZR,
  0,
  [_HZI, _TPINM, _TPITM, _MI],
  [[0, { [_hQ]: _id }], [0, { [_hQ]: _tra }], [0, { [_hQ]: _traf }], [1, { [_hQ]: _max }]],
  1
];
var ListTrafficPolicyInstancesByHostedZoneResponse$ = [
  3,
  n0,
  _LTPIBHZRi,
  0,
  [_TPIra, _IT, _MI, _TPINM, _TPITM],
  [[() => TrafficPolicyInstances, 0], 2, 1, 0, 0],
  3
];
var ListTrafficPolicyInstancesByPolicyRequest$ = [
  3,
  n0,
  _LTPIBPR,
  0,
  [_TPI, _TPV, _HZIM, _TPINM, _TPITM, _MI],
  [[0, { [_hQ]: _id }], [1, { [_hQ]: _ve }], [0, { [_hQ]: _h }], [0, { [_hQ]: _tra }], [0, { [_hQ]: _traf }], [1, { [_hQ]: _max }]],
  2
];
var ListTrafficPolicyInstancesByPolicyResponse$ = [
  3,
  n0,
  _LTPIBPRi,
  0,
  [_TPIra, _IT, _MI, _HZIM, _TPINM, _TPITM],
  [[() => TrafficPolicyInstances, 0], 2, 1, 0, 0, 0],
  3
];
var ListTrafficPolicyInstancesRequest$ = [
  3,
  n0,
  _LTPIR,
  0,
  [_HZIM, _TPINM, _TPITM, _MI],
  [[0, { [_hQ]: _h }], [0, { [_hQ]: _tra }], [0, { [_hQ]: _traf }], [1, { [_hQ]: _max }]]
];
var ListTrafficPolicyInstancesResponse$ = [
  3,
  n0,
  _LTPIRi,
  0,
  [_TPIra, _IT, _MI, _HZIM, _TPINM, _TPITM],
  [[() => TrafficPolicyInstances, 0], 2, 1, 0, 0, 0],
  3
];
var ListTrafficPolicyVersionsRequest$ = [
  3,
  n0,
  _LTPVR,
  0,
  [_I, _TPVM, _MI],
  [[0, 1], [0, { [_hQ]: _traff }], [1, { [_hQ]: _max }]],
  1
];
var ListTrafficPolicyVersionsResponse$ = [
  3,
  n0,
  _LTPVRi,
  0,
  [_TPr, _IT, _TPVM, _MI],
  [[() => TrafficPolicies, 0], 2, 0, 1],
  4
];
var ListVPCAssociationAuthorizationsRequest$ = [
  3,
  n0,
  _LVPCAAR,
  0,
  [_HZI, _NT, _MR],
  [[0, 1], [0, { [_hQ]: _n }], [1, { [_hQ]: _ma }]],
  1
];
var ListVPCAssociationAuthorizationsResponse$ = [
  3,
  n0,
  _LVPCAARi,
  0,
  [_HZI, _VPCs, _NT],
  [0, [() => VPCs, 0], 0],
  2
];
var LocationSummary$ = [
  3,
  n0,
  _LSo,
  0,
  [_LN],
  [0]
];
var QueryLoggingConfig$ = [
  3,
  n0,
  _QLC,
  0,
  [_I, _HZI, _CWLLGA],
  [0, 0, 0],
  3
];
var ResourceRecord$ = [
  3,
  n0,
  _RR,
  0,
  [_V],
  [0],
  1
];
var ResourceRecordSet$ = [
  3,
  n0,
  _RRS,
  0,
  [_N, _T, _SI, _W, _R, _GL, _Fa, _MVA, _TTL, _RRe, _AT, _HCI, _TPII, _CRC, _GPL],
  [0, 0, 0, 1, 0, () => GeoLocation$, 0, 2, 1, [() => ResourceRecords, 0], () => AliasTarget$, 0, 0, () => CidrRoutingConfig$, () => GeoProximityLocation$],
  2
];
var ResourceTagSet$ = [
  3,
  n0,
  _RTS,
  0,
  [_RT, _RI, _Ta],
  [0, 0, [() => TagList, 0]]
];
var ReusableDelegationSetLimit$ = [
  3,
  n0,
  _RDSL,
  0,
  [_T, _V],
  [0, 1],
  2
];
var StatusReport$ = [
  3,
  n0,
  _SR,
  0,
  [_S, _CTh],
  [0, 4]
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0]
];
var TestDNSAnswerRequest$ = [
  3,
  n0,
  _TDNSAR,
  0,
  [_HZI, _RN, _RTe, _RIP, _EDNSCSIP, _EDNSCSM],
  [[0, { [_hQ]: _h }], [0, { [_hQ]: _r }], [0, { [_hQ]: _re }], [0, { [_hQ]: _res }], [0, { [_hQ]: _ed }], [0, { [_hQ]: _edn }]],
  3
];
var TestDNSAnswerResponse$ = [
  3,
  n0,
  _TDNSARe,
  0,
  [_Nam, _RN, _RTe, _RD, _RC, _Pr],
  [0, 0, 0, [() => RecordData, 0], 0, 0],
  6
];
var TrafficPolicy$ = [
  3,
  n0,
  _TP,
  0,
  [_I, _Ve, _N, _T, _Do, _C],
  [0, 1, 0, 0, 0, 0],
  5
];
var TrafficPolicyInstance$ = [
  3,
  n0,
  _TPIr,
  0,
  [_I, _HZI, _N, _TTL, _Sta, _M, _TPI, _TPV, _TPT],
  [0, 0, 0, 1, 0, 0, 0, 1, 0],
  9
];
var TrafficPolicySummary$ = [
  3,
  n0,
  _TPSr,
  0,
  [_I, _N, _T, _LV, _TPC],
  [0, 0, 0, 1, 1],
  5
];
var UpdateHealthCheckRequest$ = [
  3,
  n0,
  _UHCR,
  0,
  [_HCI, _HCV, _IPA, _Po, _RP, _FQDN, _SSe, _FT, _In, _Dis, _HT, _CHC, _ESNI, _Re, _AI, _IDHS, _RE],
  [[0, 1], 1, 0, 1, 0, 0, 0, 1, 2, 2, 1, [() => ChildHealthCheckList, 0], 2, [() => HealthCheckRegionList, 0], () => AlarmIdentifier$, 0, [() => ResettableElementNameList, 0]],
  1
];
var UpdateHealthCheckResponse$ = [
  3,
  n0,
  _UHCRp,
  0,
  [_HC],
  [[() => HealthCheck$, 0]],
  1
];
var UpdateHostedZoneCommentRequest$ = [
  3,
  n0,
  _UHZCR,
  0,
  [_I, _C],
  [[0, 1], 0],
  1
];
var UpdateHostedZoneCommentResponse$ = [
  3,
  n0,
  _UHZCRp,
  0,
  [_HZ],
  [() => HostedZone$],
  1
];
var UpdateHostedZoneFeaturesRequest$ = [
  3,
  n0,
  _UHZFR,
  0,
  [_HZI, _EAR],
  [[0, 1], 2],
  1
];
var UpdateHostedZoneFeaturesResponse$ = [
  3,
  n0,
  _UHZFRp,
  0,
  [],
  []
];
var UpdateTrafficPolicyCommentRequest$ = [
  3,
  n0,
  _UTPCR,
  0,
  [_I, _Ve, _C],
  [[0, 1], [1, 1], 0],
  3
];
var UpdateTrafficPolicyCommentResponse$ = [
  3,
  n0,
  _UTPCRp,
  0,
  [_TP],
  [() => TrafficPolicy$],
  1
];
var UpdateTrafficPolicyInstanceRequest$ = [
  3,
  n0,
  _UTPIR,
  0,
  [_I, _TTL, _TPI, _TPV],
  [[0, 1], 1, 0, 1],
  4
];
var UpdateTrafficPolicyInstanceResponse$ = [
  3,
  n0,
  _UTPIRp,
  0,
  [_TPIr],
  [() => TrafficPolicyInstance$],
  1
];
var VPC$ = [
  3,
  n0,
  _VPC,
  0,
  [_VPCR, _VPCI],
  [0, 0]
];
var Changes = [
  1,
  n0,
  _Cha,
  0,
  [
    () => Change$,
    { [_xN]: _Ch }
  ]
];
var CheckerIpRanges = 64 | 0;
var ChildHealthCheckList = [
  1,
  n0,
  _CHCL,
  0,
  [
    0,
    { [_xN]: _CHCh }
  ]
];
var CidrBlockSummaries = [
  1,
  n0,
  _CBSi,
  0,
  () => CidrBlockSummary$
];
var CidrCollectionChanges = [
  1,
  n0,
  _CCCi,
  0,
  [
    () => CidrCollectionChange$,
    0
  ]
];
var CidrList = [
  1,
  n0,
  _CL,
  0,
  [
    0,
    { [_xN]: _Ci }
  ]
];
var CollectionSummaries = [
  1,
  n0,
  _CSo,
  0,
  () => CollectionSummary$
];
var DelegationSetNameServers = [
  1,
  n0,
  _DSNS,
  0,
  [
    0,
    { [_xN]: _NSa }
  ]
];
var DelegationSets = [
  1,
  n0,
  _DSe,
  0,
  [
    () => DelegationSet$,
    { [_xN]: _DS }
  ]
];
var DimensionList = [
  1,
  n0,
  _DL,
  0,
  [
    () => Dimension$,
    { [_xN]: _Di }
  ]
];
var ErrorMessages = [
  1,
  n0,
  _EM,
  0,
  [
    0,
    { [_xN]: _M }
  ]
];
var GeoLocationDetailsList = [
  1,
  n0,
  _GLDL,
  0,
  [
    () => GeoLocationDetails$,
    { [_xN]: _GLD }
  ]
];
var HealthCheckObservations = [
  1,
  n0,
  _HCO,
  0,
  [
    () => HealthCheckObservation$,
    { [_xN]: _HCOe }
  ]
];
var HealthCheckRegionList = [
  1,
  n0,
  _HCRL,
  0,
  [
    0,
    { [_xN]: _R }
  ]
];
var HealthChecks = [
  1,
  n0,
  _HCe,
  0,
  [
    () => HealthCheck$,
    { [_xN]: _HC }
  ]
];
var HostedZones = [
  1,
  n0,
  _HZo,
  0,
  [
    () => HostedZone$,
    { [_xN]: _HZ }
  ]
];
var HostedZoneSummaries = [
  1,
  n0,
  _HZSo,
  0,
  [
    () => HostedZoneSummary$,
    { [_xN]: _HZS }
  ]
];
var KeySigningKeys = [
  1,
  n0,
  _KSKe,
  0,
  () => KeySigningKey$
];
var LocationSummaries = [
  1,
  n0,
  _LSoc,
  0,
  () => LocationSummary$
];
var QueryLoggingConfigs = [
  1,
  n0,
  _QLCu,
  0,
  [
    () => QueryLoggingConfig$,
    { [_xN]: _QLC }
  ]
];
var RecordData = [
  1,
  n0,
  _RD,
  0,
  [
    0,
    { [_xN]: _RDE }
  ]
];
var ResettableElementNameList = [
  1,
  n0,
  _RENL,
  0,
  [
    0,
    { [_xN]: _REN }
  ]
];
var ResourceRecords = [
  1,
  n0,
  _RRe,
  0,
  [
    () => ResourceRecord$,
    { [_xN]: _RR }
  ]
];
var ResourceRecordSets = [
  1,
  n0,
  _RRSe,
  0,
  [
    () => ResourceRecordSet$,
    { [_xN]: _RRS }
  ]
];
var ResourceTagSetList = [
  1,
  n0,
  _RTSL,
  0,
  [
    () => ResourceTagSet$,
    { [_xN]: _RTS }
  ]
];
var TagKeyList = [
  1,
  n0,
  _TKL,
  0,
  [
    0,
    { [_xN]: _K }
  ]
];
var TagList = [
  1,
  n0,
  _TL,
  0,
  [
    () => Tag$,
    { [_xN]: _Tag }
  ]
];
var TagResourceIdList = [
  1,
  n0,
  _TRIL,
  0,
  [
    0,
    { [_xN]: _RI }
  ]
];
var TrafficPolicies = [
  1,
  n0,
  _TPr,
  0,
  [
    () => TrafficPolicy$,
    { [_xN]: _TP }
  ]
];
var TrafficPolicyInstances = [
  1,
  n0,
  _TPIra,
  0,
  [
    () => TrafficPolicyInstance$,
    { [_xN]: _TPIr }
  ]
];
var TrafficPolicySummaries = [
  1,
  n0,
  _TPS,
  0,
  [
    () => TrafficPolicySummary$,
    { [_xN]: _TPSr }
  ]
];
var VPCs = [
  1,
  n0,
  _VPCs,
  0,
  [
    () => VPC$,
    { [_xN]: _VPC }
  ]
];
var ActivateKeySigningKey$ = [
  9,
  n0,
  _AKSK,
  { [_ht]: ["POST", "/2013-04-01/keysigningkey/{HostedZoneId}/{Name}/activate", 200] },
  () => ActivateKeySigningKeyRequest$,
  () => ActivateKeySigningKeyResponse$
];
var AssociateVPCWithHostedZone$ = [
  9,
  n0,
  _AVPCWHZ,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{HostedZoneId}/associatevpc", 200] },
  () => AssociateVPCWithHostedZoneRequest$,
  () => AssociateVPCWithHostedZoneResponse$
];
var ChangeCidrCollection$ = [
  9,
  n0,
  _CCCh,
  { [_ht]: ["POST", "/2013-04-01/cidrcollection/{Id}", 200] },
  () => ChangeCidrCollectionRequest$,
  () => ChangeCidrCollectionResponse$
];
var ChangeResourceRecordSets$ = [
  9,
  n0,
  _CRRS,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{HostedZoneId}/rrset", 200] },
  () => ChangeResourceRecordSetsRequest$,
  () => ChangeResourceRecordSetsResponse$
];
var ChangeTagsForResource$ = [
  9,
  n0,
  _CTFR,
  { [_ht]: ["POST", "/2013-04-01/tags/{ResourceType}/{ResourceId}", 200] },
  () => ChangeTagsForResourceRequest$,
  () => ChangeTagsForResourceResponse$
];
var CreateCidrCollection$ = [
  9,
  n0,
  _CCCr,
  { [_ht]: ["POST", "/2013-04-01/cidrcollection", 201] },
  () => CreateCidrCollectionRequest$,
  () => CreateCidrCollectionResponse$
];
var CreateHealthCheck$ = [
  9,
  n0,
  _CHCr,
  { [_ht]: ["POST", "/2013-04-01/healthcheck", 201] },
  () => CreateHealthCheckRequest$,
  () => CreateHealthCheckResponse$
];
var CreateHostedZone$ = [
  9,
  n0,
  _CHZ,
  { [_ht]: ["POST", "/2013-04-01/hostedzone", 201] },
  () => CreateHostedZoneRequest$,
  () => CreateHostedZoneResponse$
];
var CreateKeySigningKey$ = [
  9,
  n0,
  _CKSK,
  { [_ht]: ["POST", "/2013-04-01/keysigningkey", 201] },
  () => CreateKeySigningKeyRequest$,
  () => CreateKeySigningKeyResponse$
];
var CreateQueryLoggingConfig$ = [
  9,
  n0,
  _CQLC,
  { [_ht]: ["POST", "/2013-04-01/queryloggingconfig", 201] },
  () => CreateQueryLoggingConfigRequest$,
  () => CreateQueryLoggingConfigResponse$
];
var CreateReusableDelegationSet$ = [
  9,
  n0,
  _CRDS,
  { [_ht]: ["POST", "/2013-04-01/delegationset", 201] },
  () => CreateReusableDelegationSetRequest$,
  () => CreateReusableDelegationSetResponse$
];
var CreateTrafficPolicy$ = [
  9,
  n0,
  _CTP,
  { [_ht]: ["POST", "/2013-04-01/trafficpolicy", 201] },
  () => CreateTrafficPolicyRequest$,
  () => CreateTrafficPolicyResponse$
];
var CreateTrafficPolicyInstance$ = [
  9,
  n0,
  _CTPI,
  { [_ht]: ["POST", "/2013-04-01/trafficpolicyinstance", 201] },
  () => CreateTrafficPolicyInstanceRequest$,
  () => CreateTrafficPolicyInstanceResponse$
];
var CreateTrafficPolicyVersion$ = [
  9,
  n0,
  _CTPV,
  { [_ht]: ["POST", "/2013-04-01/trafficpolicy/{Id}", 201] },
  () => CreateTrafficPolicyVersionRequest$,
  () => CreateTrafficPolicyVersionResponse$
];
var CreateVPCAssociationAuthorization$ = [
  9,
  n0,
  _CVPCAA,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{HostedZoneId}/authorizevpcassociation", 200] },
  () => CreateVPCAssociationAuthorizationRequest$,
  () => CreateVPCAssociationAuthorizationResponse$
];
var DeactivateKeySigningKey$ = [
  9,
  n0,
  _DKSK,
  { [_ht]: ["POST", "/2013-04-01/keysigningkey/{HostedZoneId}/{Name}/deactivate", 200] },
  () => DeactivateKeySigningKeyRequest$,
  () => DeactivateKeySigningKeyResponse$
];
var DeleteCidrCollection$ = [
  9,
  n0,
  _DCC,
  { [_ht]: ["DELETE", "/2013-04-01/cidrcollection/{Id}", 200] },
  () => DeleteCidrCollectionRequest$,
  () => DeleteCidrCollectionResponse$
];
var DeleteHealthCheck$ = [
  9,
  n0,
  _DHC,
  { [_ht]: ["DELETE", "/2013-04-01/healthcheck/{HealthCheckId}", 200] },
  () => DeleteHealthCheckRequest$,
  () => DeleteHealthCheckResponse$
];
var DeleteHostedZone$ = [
  9,
  n0,
  _DHZ,
  { [_ht]: ["DELETE", "/2013-04-01/hostedzone/{Id}", 200] },
  () => DeleteHostedZoneRequest$,
  () => DeleteHostedZoneResponse$
];
var DeleteKeySigningKey$ = [
  9,
  n0,
  _DKSKe,
  { [_ht]: ["DELETE", "/2013-04-01/keysigningkey/{HostedZoneId}/{Name}", 200] },
  () => DeleteKeySigningKeyRequest$,
  () => DeleteKeySigningKeyResponse$
];
var DeleteQueryLoggingConfig$ = [
  9,
  n0,
  _DQLC,
  { [_ht]: ["DELETE", "/2013-04-01/queryloggingconfig/{Id}", 200] },
  () => DeleteQueryLoggingConfigRequest$,
  () => DeleteQueryLoggingConfigResponse$
];
var DeleteReusableDelegationSet$ = [
  9,
  n0,
  _DRDS,
  { [_ht]: ["DELETE", "/2013-04-01/delegationset/{Id}", 200] },
  () => DeleteReusableDelegationSetRequest$,
  () => DeleteReusableDelegationSetResponse$
];
var DeleteTrafficPolicy$ = [
  9,
  n0,
  _DTP,
  { [_ht]: ["DELETE", "/2013-04-01/trafficpolicy/{Id}/{Version}", 200] },
  () => DeleteTrafficPolicyRequest$,
  () => DeleteTrafficPolicyResponse$
];
var DeleteTrafficPolicyInstance$ = [
  9,
  n0,
  _DTPI,
  { [_ht]: ["DELETE", "/2013-04-01/trafficpolicyinstance/{Id}", 200] },
  () => DeleteTrafficPolicyInstanceRequest$,
  () => DeleteTrafficPolicyInstanceResponse$
];
var DeleteVPCAssociationAuthorization$ = [
  9,
  n0,
  _DVPCAA,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{HostedZoneId}/deauthorizevpcassociation", 200] },
  () => DeleteVPCAssociationAuthorizationRequest$,
  () => DeleteVPCAssociationAuthorizationResponse$
];
var DisableHostedZoneDNSSEC$ = [
  9,
  n0,
  _DHZDNSSEC,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{HostedZoneId}/disable-dnssec", 200] },
  () => DisableHostedZoneDNSSECRequest$,
  () => DisableHostedZoneDNSSECResponse$
];
var DisassociateVPCFromHostedZone$ = [
  9,
  n0,
  _DVPCFHZ,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{HostedZoneId}/disassociatevpc", 200] },
  () => DisassociateVPCFromHostedZoneRequest$,
  () => DisassociateVPCFromHostedZoneResponse$
];
var EnableHostedZoneDNSSEC$ = [
  9,
  n0,
  _EHZDNSSEC,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{HostedZoneId}/enable-dnssec", 200] },
  () => EnableHostedZoneDNSSECRequest$,
  () => EnableHostedZoneDNSSECResponse$
];
var GetAccountLimit$ = [
  9,
  n0,
  _GAL,
  { [_ht]: ["GET", "/2013-04-01/accountlimit/{Type}", 200] },
  () => GetAccountLimitRequest$,
  () => GetAccountLimitResponse$
];
var GetChange$ = [
  9,
  n0,
  _GC,
  { [_ht]: ["GET", "/2013-04-01/change/{Id}", 200] },
  () => GetChangeRequest$,
  () => GetChangeResponse$
];
var GetCheckerIpRanges$ = [
  9,
  n0,
  _GCIR,
  { [_ht]: ["GET", "/2013-04-01/checkeripranges", 200] },
  () => GetCheckerIpRangesRequest$,
  () => GetCheckerIpRangesResponse$
];
var GetDNSSEC$ = [
  9,
  n0,
  _GDNSSEC,
  { [_ht]: ["GET", "/2013-04-01/hostedzone/{HostedZoneId}/dnssec", 200] },
  () => GetDNSSECRequest$,
  () => GetDNSSECResponse$
];
var GetGeoLocation$ = [
  9,
  n0,
  _GGL,
  { [_ht]: ["GET", "/2013-04-01/geolocation", 200] },
  () => GetGeoLocationRequest$,
  () => GetGeoLocationResponse$
];
var GetHealthCheck$ = [
  9,
  n0,
  _GHC,
  { [_ht]: ["GET", "/2013-04-01/healthcheck/{HealthCheckId}", 200] },
  () => GetHealthCheckRequest$,
  () => GetHealthCheckResponse$
];
var GetHealthCheckCount$ = [
  9,
  n0,
  _GHCC,
  { [_ht]: ["GET", "/2013-04-01/healthcheckcount", 200] },
  () => GetHealthCheckCountRequest$,
  () => GetHealthCheckCountResponse$
];
var GetHealthCheckLastFailureReason$ = [
  9,
  n0,
  _GHCLFR,
  { [_ht]: ["GET", "/2013-04-01/healthcheck/{HealthCheckId}/lastfailurereason", 200] },
  () => GetHealthCheckLastFailureReasonRequest$,
  () => GetHealthCheckLastFailureReasonResponse$
];
var GetHealthCheckStatus$ = [
  9,
  n0,
  _GHCS,
  { [_ht]: ["GET", "/2013-04-01/healthcheck/{HealthCheckId}/status", 200] },
  () => GetHealthCheckStatusRequest$,
  () => GetHealthCheckStatusResponse$
];
var GetHostedZone$ = [
  9,
  n0,
  _GHZ,
  { [_ht]: ["GET", "/2013-04-01/hostedzone/{Id}", 200] },
  () => GetHostedZoneRequest$,
  () => GetHostedZoneResponse$
];
var GetHostedZoneCount$ = [
  9,
  n0,
  _GHZC,
  { [_ht]: ["GET", "/2013-04-01/hostedzonecount", 200] },
  () => GetHostedZoneCountRequest$,
  () => GetHostedZoneCountResponse$
];
var GetHostedZoneLimit$ = [
  9,
  n0,
  _GHZL,
  { [_ht]: ["GET", "/2013-04-01/hostedzonelimit/{HostedZoneId}/{Type}", 200] },
  () => GetHostedZoneLimitRequest$,
  () => GetHostedZoneLimitResponse$
];
var GetQueryLoggingConfig$ = [
  9,
  n0,
  _GQLC,
  { [_ht]: ["GET", "/2013-04-01/queryloggingconfig/{Id}", 200] },
  () => GetQueryLoggingConfigRequest$,
  () => GetQueryLoggingConfigResponse$
];
var GetReusableDelegationSet$ = [
  9,
  n0,
  _GRDS,
  { [_ht]: ["GET", "/2013-04-01/delegationset/{Id}", 200] },
  () => GetReusableDelegationSetRequest$,
  () => GetReusableDelegationSetResponse$
];
var GetReusableDelegationSetLimit$ = [
  9,
  n0,
  _GRDSL,
  { [_ht]: ["GET", "/2013-04-01/reusabledelegationsetlimit/{DelegationSetId}/{Type}", 200] },
  () => GetReusableDelegationSetLimitRequest$,
  () => GetReusableDelegationSetLimitResponse$
];
var GetTrafficPolicy$ = [
  9,
  n0,
  _GTP,
  { [_ht]: ["GET", "/2013-04-01/trafficpolicy/{Id}/{Version}", 200] },
  () => GetTrafficPolicyRequest$,
  () => GetTrafficPolicyResponse$
];
var GetTrafficPolicyInstance$ = [
  9,
  n0,
  _GTPI,
  { [_ht]: ["GET", "/2013-04-01/trafficpolicyinstance/{Id}", 200] },
  () => GetTrafficPolicyInstanceRequest$,
  () => GetTrafficPolicyInstanceResponse$
];
var GetTrafficPolicyInstanceCount$ = [
  9,
  n0,
  _GTPIC,
  { [_ht]: ["GET", "/2013-04-01/trafficpolicyinstancecount", 200] },
  () => GetTrafficPolicyInstanceCountRequest$,
  () => GetTrafficPolicyInstanceCountResponse$
];
var ListCidrBlocks$ = [
  9,
  n0,
  _LCB,
  { [_ht]: ["GET", "/2013-04-01/cidrcollection/{CollectionId}/cidrblocks", 200] },
  () => ListCidrBlocksRequest$,
  () => ListCidrBlocksResponse$
];
var ListCidrCollections$ = [
  9,
  n0,
  _LCC,
  { [_ht]: ["GET", "/2013-04-01/cidrcollection", 200] },
  () => ListCidrCollectionsRequest$,
  () => ListCidrCollectionsResponse$
];
var ListCidrLocations$ = [
  9,
  n0,
  _LCL,
  { [_ht]: ["GET", "/2013-04-01/cidrcollection/{CollectionId}", 200] },
  () => ListCidrLocationsRequest$,
  () => ListCidrLocationsResponse$
];
var ListGeoLocations$ = [
  9,
  n0,
  _LGL,
  { [_ht]: ["GET", "/2013-04-01/geolocations", 200] },
  () => ListGeoLocationsRequest$,
  () => ListGeoLocationsResponse$
];
var ListHealthChecks$ = [
  9,
  n0,
  _LHC,
  { [_ht]: ["GET", "/2013-04-01/healthcheck", 200] },
  () => ListHealthChecksRequest$,
  () => ListHealthChecksResponse$
];
var ListHostedZones$ = [
  9,
  n0,
  _LHZ,
  { [_ht]: ["GET", "/2013-04-01/hostedzone", 200] },
  () => ListHostedZonesRequest$,
  () => ListHostedZonesResponse$
];
var ListHostedZonesByName$ = [
  9,
  n0,
  _LHZBN,
  { [_ht]: ["GET", "/2013-04-01/hostedzonesbyname", 200] },
  () => ListHostedZonesByNameRequest$,
  () => ListHostedZonesByNameResponse$
];
var ListHostedZonesByVPC$ = [
  9,
  n0,
  _LHZBVPC,
  { [_ht]: ["GET", "/2013-04-01/hostedzonesbyvpc", 200] },
  () => ListHostedZonesByVPCRequest$,
  () => ListHostedZonesByVPCResponse$
];
var ListQueryLoggingConfigs$ = [
  9,
  n0,
  _LQLC,
  { [_ht]: ["GET", "/2013-04-01/queryloggingconfig", 200] },
  () => ListQueryLoggingConfigsRequest$,
  () => ListQueryLoggingConfigsResponse$
];
var ListResourceRecordSets$ = [
  9,
  n0,
  _LRRS,
  { [_ht]: ["GET", "/2013-04-01/hostedzone/{HostedZoneId}/rrset", 200] },
  () => ListResourceRecordSetsRequest$,
  () => ListResourceRecordSetsResponse$
];
var ListReusableDelegationSets$ = [
  9,
  n0,
  _LRDS,
  { [_ht]: ["GET", "/2013-04-01/delegationset", 200] },
  () => ListReusableDelegationSetsRequest$,
  () => ListReusableDelegationSetsResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  { [_ht]: ["GET", "/2013-04-01/tags/{ResourceType}/{ResourceId}", 200] },
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var ListTagsForResources$ = [
  9,
  n0,
  _LTFRi,
  { [_ht]: ["POST", "/2013-04-01/tags/{ResourceType}", 200] },
  () => ListTagsForResourcesRequest$,
  () => ListTagsForResourcesResponse$
];
var ListTrafficPolicies$ = [
  9,
  n0,
  _LTP,
  { [_ht]: ["GET", "/2013-04-01/trafficpolicies", 200] },
  () => ListTrafficPoliciesRequest$,
  () => ListTrafficPoliciesResponse$
];
var ListTrafficPolicyInstances$ = [
  9,
  n0,
  _LTPI,
  { [_ht]: ["GET", "/2013-04-01/trafficpolicyinstances", 200] },
  () => ListTrafficPolicyInstancesRequest$,
  () => ListTrafficPolicyInstancesResponse$
];
var ListTrafficPolicyInstancesByHostedZone$ = [
  9,
  n0,
  _LTPIBHZ,
  { [_ht]: ["GET", "/2013-04-01/trafficpolicyinstances/hostedzone", 200] },
  () => ListTrafficPolicyInstancesByHostedZoneRequest$,
  () => ListTrafficPolicyInstancesByHostedZoneResponse$
];
var ListTrafficPolicyInstancesByPolicy$ = [
  9,
  n0,
  _LTPIBP,
  { [_ht]: ["GET", "/2013-04-01/trafficpolicyinstances/trafficpolicy", 200] },
  () => ListTrafficPolicyInstancesByPolicyRequest$,
  () => ListTrafficPolicyInstancesByPolicyResponse$
];
var ListTrafficPolicyVersions$ = [
  9,
  n0,
  _LTPV,
  { [_ht]: ["GET", "/2013-04-01/trafficpolicies/{Id}/versions", 200] },
  () => ListTrafficPolicyVersionsRequest$,
  () => ListTrafficPolicyVersionsResponse$
];
var ListVPCAssociationAuthorizations$ = [
  9,
  n0,
  _LVPCAA,
  { [_ht]: ["GET", "/2013-04-01/hostedzone/{HostedZoneId}/authorizevpcassociation", 200] },
  () => ListVPCAssociationAuthorizationsRequest$,
  () => ListVPCAssociationAuthorizationsResponse$
];
var TestDNSAnswer$ = [
  9,
  n0,
  _TDNSA,
  { [_ht]: ["GET", "/2013-04-01/testdnsanswer", 200] },
  () => TestDNSAnswerRequest$,
  () => TestDNSAnswerResponse$
];
var UpdateHealthCheck$ = [
  9,
  n0,
  _UHC,
  { [_ht]: ["POST", "/2013-04-01/healthcheck/{HealthCheckId}", 200] },
  () => UpdateHealthCheckRequest$,
  () => UpdateHealthCheckResponse$
];
var UpdateHostedZoneComment$ = [
  9,
  n0,
  _UHZC,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{Id}", 200] },
  () => UpdateHostedZoneCommentRequest$,
  () => UpdateHostedZoneCommentResponse$
];
var UpdateHostedZoneFeatures$ = [
  9,
  n0,
  _UHZF,
  { [_ht]: ["POST", "/2013-04-01/hostedzone/{HostedZoneId}/features", 200] },
  () => UpdateHostedZoneFeaturesRequest$,
  () => UpdateHostedZoneFeaturesResponse$
];
var UpdateTrafficPolicyComment$ = [
  9,
  n0,
  _UTPC,
  { [_ht]: ["POST", "/2013-04-01/trafficpolicy/{Id}/{Version}", 200] },
  () => UpdateTrafficPolicyCommentRequest$,
  () => UpdateTrafficPolicyCommentResponse$
];
var UpdateTrafficPolicyInstance$ = [
  9,
  n0,
  _UTPI,
  { [_ht]: ["POST", "/2013-04-01/trafficpolicyinstance/{Id}", 200] },
  () => UpdateTrafficPolicyInstanceRequest$,
  () => UpdateTrafficPolicyInstanceResponse$
];

// node_modules/@aws-sdk/client-route-53/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2013-04-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRoute53HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestXmlProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.route53",
      errorTypeRegistries,
      xmlNamespace: "https://route53.amazonaws.com/doc/2013-04-01/",
      version: "2013-04-01",
      serviceTarget: "AWSDnsV20130401"
    },
    serviceId: config?.serviceId ?? "Route 53",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-route-53/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-route-53/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-route-53/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-route-53/dist-es/Route53Client.js
var Route53Client = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultRoute53HttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/middleware-sdk-route53/dist-es/constants.js
var IDENTIFIER_PREFIX_PATTERN = /^\/(hostedzone|change|delegationset)\//;

// node_modules/@aws-sdk/middleware-sdk-route53/dist-es/change-resource-record-sets.js
function changeResourceRecordSetsMiddleware() {
  return (next) => async (args) => {
    const { ChangeBatch } = args.input;
    const Changes2 = [];
    for (const change of ChangeBatch?.Changes ?? []) {
      const { AliasTarget } = change.ResourceRecordSet ?? {};
      if (AliasTarget) {
        Changes2.push({
          ...change,
          ResourceRecordSet: {
            ...change.ResourceRecordSet,
            AliasTarget: {
              ...AliasTarget,
              HostedZoneId: AliasTarget.HostedZoneId.replace(IDENTIFIER_PREFIX_PATTERN, "")
            }
          }
        });
      } else {
        Changes2.push(change);
      }
    }
    return next({
      ...args,
      input: {
        ...args.input,
        ChangeBatch: {
          ...ChangeBatch,
          Changes: Changes2
        }
      }
    });
  };
}
var changeResourceRecordSetsMiddlewareOptions = {
  step: "initialize",
  tags: ["ROUTE53_IDS", "CHANGE_RESOURCE_RECORD_SETS"],
  name: "changeResourceRecordSetsMiddleware",
  override: true
};
var getChangeResourceRecordSetsPlugin = (unused) => ({
  applyToStack: (clientStack) => {
    clientStack.add(changeResourceRecordSetsMiddleware(), changeResourceRecordSetsMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-route53/dist-es/id-normalizer.js
var IDENTIFIER_PARAMETERS = ["DelegationSetId", "HostedZoneId", "Id"];
function idNormalizerMiddleware() {
  return (next) => async (args) => {
    const input = { ...args.input };
    for (const paramName of IDENTIFIER_PARAMETERS) {
      const param = input[paramName];
      if (param) {
        input[paramName] = param.replace(IDENTIFIER_PREFIX_PATTERN, "");
      }
    }
    return next({
      ...args,
      input
    });
  };
}
var idNormalizerMiddlewareOptions = {
  step: "initialize",
  tags: ["ROUTE53_IDS"],
  name: "idNormalizerMiddleware",
  override: true
};
var getIdNormalizerPlugin = (unused) => ({
  applyToStack: (clientStack) => {
    clientStack.add(idNormalizerMiddleware(), idNormalizerMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/client-route-53/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSDnsV20130401", "Route53Client", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o2) => [
  getIdNormalizerPlugin(config)
];
var _mw1 = (Command2, cs, config, o2) => [
  getChangeResourceRecordSetsPlugin(config),
  getIdNormalizerPlugin(config)
];
var _mw2 = (Command2, cs, config, o2) => [];

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ActivateKeySigningKeyCommand.js
var ActivateKeySigningKeyCommand = class extends command(_ep0, _mw0, "ActivateKeySigningKey", ActivateKeySigningKey$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/AssociateVPCWithHostedZoneCommand.js
var AssociateVPCWithHostedZoneCommand = class extends command(_ep0, _mw0, "AssociateVPCWithHostedZone", AssociateVPCWithHostedZone$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ChangeCidrCollectionCommand.js
var ChangeCidrCollectionCommand = class extends command(_ep0, _mw0, "ChangeCidrCollection", ChangeCidrCollection$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ChangeResourceRecordSetsCommand.js
var ChangeResourceRecordSetsCommand = class extends command(_ep0, _mw1, "ChangeResourceRecordSets", ChangeResourceRecordSets$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ChangeTagsForResourceCommand.js
var ChangeTagsForResourceCommand = class extends command(_ep0, _mw2, "ChangeTagsForResource", ChangeTagsForResource$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateCidrCollectionCommand.js
var CreateCidrCollectionCommand = class extends command(_ep0, _mw2, "CreateCidrCollection", CreateCidrCollection$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateHealthCheckCommand.js
var CreateHealthCheckCommand = class extends command(_ep0, _mw2, "CreateHealthCheck", CreateHealthCheck$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateHostedZoneCommand.js
var CreateHostedZoneCommand = class extends command(_ep0, _mw0, "CreateHostedZone", CreateHostedZone$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateKeySigningKeyCommand.js
var CreateKeySigningKeyCommand = class extends command(_ep0, _mw0, "CreateKeySigningKey", CreateKeySigningKey$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateQueryLoggingConfigCommand.js
var CreateQueryLoggingConfigCommand = class extends command(_ep0, _mw0, "CreateQueryLoggingConfig", CreateQueryLoggingConfig$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateReusableDelegationSetCommand.js
var CreateReusableDelegationSetCommand = class extends command(_ep0, _mw0, "CreateReusableDelegationSet", CreateReusableDelegationSet$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateTrafficPolicyCommand.js
var CreateTrafficPolicyCommand = class extends command(_ep0, _mw2, "CreateTrafficPolicy", CreateTrafficPolicy$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateTrafficPolicyInstanceCommand.js
var CreateTrafficPolicyInstanceCommand = class extends command(_ep0, _mw0, "CreateTrafficPolicyInstance", CreateTrafficPolicyInstance$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateTrafficPolicyVersionCommand.js
var CreateTrafficPolicyVersionCommand = class extends command(_ep0, _mw0, "CreateTrafficPolicyVersion", CreateTrafficPolicyVersion$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/CreateVPCAssociationAuthorizationCommand.js
var CreateVPCAssociationAuthorizationCommand = class extends command(_ep0, _mw0, "CreateVPCAssociationAuthorization", CreateVPCAssociationAuthorization$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeactivateKeySigningKeyCommand.js
var DeactivateKeySigningKeyCommand = class extends command(_ep0, _mw0, "DeactivateKeySigningKey", DeactivateKeySigningKey$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteCidrCollectionCommand.js
var DeleteCidrCollectionCommand = class extends command(_ep0, _mw0, "DeleteCidrCollection", DeleteCidrCollection$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteHealthCheckCommand.js
var DeleteHealthCheckCommand = class extends command(_ep0, _mw2, "DeleteHealthCheck", DeleteHealthCheck$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteHostedZoneCommand.js
var DeleteHostedZoneCommand = class extends command(_ep0, _mw0, "DeleteHostedZone", DeleteHostedZone$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteKeySigningKeyCommand.js
var DeleteKeySigningKeyCommand = class extends command(_ep0, _mw0, "DeleteKeySigningKey", DeleteKeySigningKey$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteQueryLoggingConfigCommand.js
var DeleteQueryLoggingConfigCommand = class extends command(_ep0, _mw0, "DeleteQueryLoggingConfig", DeleteQueryLoggingConfig$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteReusableDelegationSetCommand.js
var DeleteReusableDelegationSetCommand = class extends command(_ep0, _mw0, "DeleteReusableDelegationSet", DeleteReusableDelegationSet$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteTrafficPolicyCommand.js
var DeleteTrafficPolicyCommand = class extends command(_ep0, _mw0, "DeleteTrafficPolicy", DeleteTrafficPolicy$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteTrafficPolicyInstanceCommand.js
var DeleteTrafficPolicyInstanceCommand = class extends command(_ep0, _mw0, "DeleteTrafficPolicyInstance", DeleteTrafficPolicyInstance$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DeleteVPCAssociationAuthorizationCommand.js
var DeleteVPCAssociationAuthorizationCommand = class extends command(_ep0, _mw0, "DeleteVPCAssociationAuthorization", DeleteVPCAssociationAuthorization$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DisableHostedZoneDNSSECCommand.js
var DisableHostedZoneDNSSECCommand = class extends command(_ep0, _mw0, "DisableHostedZoneDNSSEC", DisableHostedZoneDNSSEC$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/DisassociateVPCFromHostedZoneCommand.js
var DisassociateVPCFromHostedZoneCommand = class extends command(_ep0, _mw0, "DisassociateVPCFromHostedZone", DisassociateVPCFromHostedZone$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/EnableHostedZoneDNSSECCommand.js
var EnableHostedZoneDNSSECCommand = class extends command(_ep0, _mw0, "EnableHostedZoneDNSSEC", EnableHostedZoneDNSSEC$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetAccountLimitCommand.js
var GetAccountLimitCommand = class extends command(_ep0, _mw2, "GetAccountLimit", GetAccountLimit$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetChangeCommand.js
var GetChangeCommand = class extends command(_ep0, _mw0, "GetChange", GetChange$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetCheckerIpRangesCommand.js
var GetCheckerIpRangesCommand = class extends command(_ep0, _mw2, "GetCheckerIpRanges", GetCheckerIpRanges$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetDNSSECCommand.js
var GetDNSSECCommand = class extends command(_ep0, _mw0, "GetDNSSEC", GetDNSSEC$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetGeoLocationCommand.js
var GetGeoLocationCommand = class extends command(_ep0, _mw2, "GetGeoLocation", GetGeoLocation$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetHealthCheckCommand.js
var GetHealthCheckCommand = class extends command(_ep0, _mw2, "GetHealthCheck", GetHealthCheck$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetHealthCheckCountCommand.js
var GetHealthCheckCountCommand = class extends command(_ep0, _mw2, "GetHealthCheckCount", GetHealthCheckCount$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetHealthCheckLastFailureReasonCommand.js
var GetHealthCheckLastFailureReasonCommand = class extends command(_ep0, _mw2, "GetHealthCheckLastFailureReason", GetHealthCheckLastFailureReason$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetHealthCheckStatusCommand.js
var GetHealthCheckStatusCommand = class extends command(_ep0, _mw2, "GetHealthCheckStatus", GetHealthCheckStatus$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetHostedZoneCommand.js
var GetHostedZoneCommand = class extends command(_ep0, _mw0, "GetHostedZone", GetHostedZone$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetHostedZoneCountCommand.js
var GetHostedZoneCountCommand = class extends command(_ep0, _mw2, "GetHostedZoneCount", GetHostedZoneCount$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetHostedZoneLimitCommand.js
var GetHostedZoneLimitCommand = class extends command(_ep0, _mw0, "GetHostedZoneLimit", GetHostedZoneLimit$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetQueryLoggingConfigCommand.js
var GetQueryLoggingConfigCommand = class extends command(_ep0, _mw0, "GetQueryLoggingConfig", GetQueryLoggingConfig$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetReusableDelegationSetCommand.js
var GetReusableDelegationSetCommand = class extends command(_ep0, _mw0, "GetReusableDelegationSet", GetReusableDelegationSet$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetReusableDelegationSetLimitCommand.js
var GetReusableDelegationSetLimitCommand = class extends command(_ep0, _mw0, "GetReusableDelegationSetLimit", GetReusableDelegationSetLimit$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetTrafficPolicyCommand.js
var GetTrafficPolicyCommand = class extends command(_ep0, _mw0, "GetTrafficPolicy", GetTrafficPolicy$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetTrafficPolicyInstanceCommand.js
var GetTrafficPolicyInstanceCommand = class extends command(_ep0, _mw0, "GetTrafficPolicyInstance", GetTrafficPolicyInstance$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/GetTrafficPolicyInstanceCountCommand.js
var GetTrafficPolicyInstanceCountCommand = class extends command(_ep0, _mw2, "GetTrafficPolicyInstanceCount", GetTrafficPolicyInstanceCount$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListCidrBlocksCommand.js
var ListCidrBlocksCommand = class extends command(_ep0, _mw2, "ListCidrBlocks", ListCidrBlocks$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListCidrCollectionsCommand.js
var ListCidrCollectionsCommand = class extends command(_ep0, _mw2, "ListCidrCollections", ListCidrCollections$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListCidrLocationsCommand.js
var ListCidrLocationsCommand = class extends command(_ep0, _mw2, "ListCidrLocations", ListCidrLocations$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListGeoLocationsCommand.js
var ListGeoLocationsCommand = class extends command(_ep0, _mw2, "ListGeoLocations", ListGeoLocations$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListHealthChecksCommand.js
var ListHealthChecksCommand = class extends command(_ep0, _mw2, "ListHealthChecks", ListHealthChecks$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListHostedZonesByNameCommand.js
var ListHostedZonesByNameCommand = class extends command(_ep0, _mw0, "ListHostedZonesByName", ListHostedZonesByName$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListHostedZonesByVPCCommand.js
var ListHostedZonesByVPCCommand = class extends command(_ep0, _mw2, "ListHostedZonesByVPC", ListHostedZonesByVPC$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListHostedZonesCommand.js
var ListHostedZonesCommand = class extends command(_ep0, _mw0, "ListHostedZones", ListHostedZones$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListQueryLoggingConfigsCommand.js
var ListQueryLoggingConfigsCommand = class extends command(_ep0, _mw0, "ListQueryLoggingConfigs", ListQueryLoggingConfigs$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListResourceRecordSetsCommand.js
var ListResourceRecordSetsCommand = class extends command(_ep0, _mw0, "ListResourceRecordSets", ListResourceRecordSets$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListReusableDelegationSetsCommand.js
var ListReusableDelegationSetsCommand = class extends command(_ep0, _mw2, "ListReusableDelegationSets", ListReusableDelegationSets$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw2, "ListTagsForResource", ListTagsForResource$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListTagsForResourcesCommand.js
var ListTagsForResourcesCommand = class extends command(_ep0, _mw2, "ListTagsForResources", ListTagsForResources$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListTrafficPoliciesCommand.js
var ListTrafficPoliciesCommand = class extends command(_ep0, _mw2, "ListTrafficPolicies", ListTrafficPolicies$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListTrafficPolicyInstancesByHostedZoneCommand.js
var ListTrafficPolicyInstancesByHostedZoneCommand = class extends command(_ep0, _mw0, "ListTrafficPolicyInstancesByHostedZone", ListTrafficPolicyInstancesByHostedZone$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListTrafficPolicyInstancesByPolicyCommand.js
var ListTrafficPolicyInstancesByPolicyCommand = class extends command(_ep0, _mw2, "ListTrafficPolicyInstancesByPolicy", ListTrafficPolicyInstancesByPolicy$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListTrafficPolicyInstancesCommand.js
var ListTrafficPolicyInstancesCommand = class extends command(_ep0, _mw2, "ListTrafficPolicyInstances", ListTrafficPolicyInstances$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListTrafficPolicyVersionsCommand.js
var ListTrafficPolicyVersionsCommand = class extends command(_ep0, _mw0, "ListTrafficPolicyVersions", ListTrafficPolicyVersions$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/ListVPCAssociationAuthorizationsCommand.js
var ListVPCAssociationAuthorizationsCommand = class extends command(_ep0, _mw0, "ListVPCAssociationAuthorizations", ListVPCAssociationAuthorizations$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/TestDNSAnswerCommand.js
var TestDNSAnswerCommand = class extends command(_ep0, _mw0, "TestDNSAnswer", TestDNSAnswer$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/UpdateHealthCheckCommand.js
var UpdateHealthCheckCommand = class extends command(_ep0, _mw2, "UpdateHealthCheck", UpdateHealthCheck$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/UpdateHostedZoneCommentCommand.js
var UpdateHostedZoneCommentCommand = class extends command(_ep0, _mw0, "UpdateHostedZoneComment", UpdateHostedZoneComment$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/UpdateHostedZoneFeaturesCommand.js
var UpdateHostedZoneFeaturesCommand = class extends command(_ep0, _mw0, "UpdateHostedZoneFeatures", UpdateHostedZoneFeatures$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/UpdateTrafficPolicyCommentCommand.js
var UpdateTrafficPolicyCommentCommand = class extends command(_ep0, _mw0, "UpdateTrafficPolicyComment", UpdateTrafficPolicyComment$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/commands/UpdateTrafficPolicyInstanceCommand.js
var UpdateTrafficPolicyInstanceCommand = class extends command(_ep0, _mw0, "UpdateTrafficPolicyInstance", UpdateTrafficPolicyInstance$) {
};

// node_modules/@aws-sdk/client-route-53/dist-es/pagination/ListCidrBlocksPaginator.js
var paginateListCidrBlocks = createPaginator(Route53Client, ListCidrBlocksCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-route-53/dist-es/pagination/ListCidrCollectionsPaginator.js
var paginateListCidrCollections = createPaginator(Route53Client, ListCidrCollectionsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-route-53/dist-es/pagination/ListCidrLocationsPaginator.js
var paginateListCidrLocations = createPaginator(Route53Client, ListCidrLocationsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-route-53/dist-es/pagination/ListHealthChecksPaginator.js
var paginateListHealthChecks = createPaginator(Route53Client, ListHealthChecksCommand, "Marker", "NextMarker", "MaxItems");

// node_modules/@aws-sdk/client-route-53/dist-es/pagination/ListHostedZonesPaginator.js
var paginateListHostedZones = createPaginator(Route53Client, ListHostedZonesCommand, "Marker", "NextMarker", "MaxItems");

// node_modules/@aws-sdk/client-route-53/dist-es/pagination/ListQueryLoggingConfigsPaginator.js
var paginateListQueryLoggingConfigs = createPaginator(Route53Client, ListQueryLoggingConfigsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-route-53/dist-es/waiters/waitForResourceRecordSetsChanged.js
var checkState = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new GetChangeCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.ChangeInfo.Status;
      };
      if (returnComparator() === "INSYNC") {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForResourceRecordSetsChanged = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
var waitUntilResourceRecordSetsChanged = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-route-53/dist-es/Route53.js
var commands = {
  ActivateKeySigningKeyCommand,
  AssociateVPCWithHostedZoneCommand,
  ChangeCidrCollectionCommand,
  ChangeResourceRecordSetsCommand,
  ChangeTagsForResourceCommand,
  CreateCidrCollectionCommand,
  CreateHealthCheckCommand,
  CreateHostedZoneCommand,
  CreateKeySigningKeyCommand,
  CreateQueryLoggingConfigCommand,
  CreateReusableDelegationSetCommand,
  CreateTrafficPolicyCommand,
  CreateTrafficPolicyInstanceCommand,
  CreateTrafficPolicyVersionCommand,
  CreateVPCAssociationAuthorizationCommand,
  DeactivateKeySigningKeyCommand,
  DeleteCidrCollectionCommand,
  DeleteHealthCheckCommand,
  DeleteHostedZoneCommand,
  DeleteKeySigningKeyCommand,
  DeleteQueryLoggingConfigCommand,
  DeleteReusableDelegationSetCommand,
  DeleteTrafficPolicyCommand,
  DeleteTrafficPolicyInstanceCommand,
  DeleteVPCAssociationAuthorizationCommand,
  DisableHostedZoneDNSSECCommand,
  DisassociateVPCFromHostedZoneCommand,
  EnableHostedZoneDNSSECCommand,
  GetAccountLimitCommand,
  GetChangeCommand,
  GetCheckerIpRangesCommand,
  GetDNSSECCommand,
  GetGeoLocationCommand,
  GetHealthCheckCommand,
  GetHealthCheckCountCommand,
  GetHealthCheckLastFailureReasonCommand,
  GetHealthCheckStatusCommand,
  GetHostedZoneCommand,
  GetHostedZoneCountCommand,
  GetHostedZoneLimitCommand,
  GetQueryLoggingConfigCommand,
  GetReusableDelegationSetCommand,
  GetReusableDelegationSetLimitCommand,
  GetTrafficPolicyCommand,
  GetTrafficPolicyInstanceCommand,
  GetTrafficPolicyInstanceCountCommand,
  ListCidrBlocksCommand,
  ListCidrCollectionsCommand,
  ListCidrLocationsCommand,
  ListGeoLocationsCommand,
  ListHealthChecksCommand,
  ListHostedZonesCommand,
  ListHostedZonesByNameCommand,
  ListHostedZonesByVPCCommand,
  ListQueryLoggingConfigsCommand,
  ListResourceRecordSetsCommand,
  ListReusableDelegationSetsCommand,
  ListTagsForResourceCommand,
  ListTagsForResourcesCommand,
  ListTrafficPoliciesCommand,
  ListTrafficPolicyInstancesCommand,
  ListTrafficPolicyInstancesByHostedZoneCommand,
  ListTrafficPolicyInstancesByPolicyCommand,
  ListTrafficPolicyVersionsCommand,
  ListVPCAssociationAuthorizationsCommand,
  TestDNSAnswerCommand,
  UpdateHealthCheckCommand,
  UpdateHostedZoneCommentCommand,
  UpdateHostedZoneFeaturesCommand,
  UpdateTrafficPolicyCommentCommand,
  UpdateTrafficPolicyInstanceCommand
};
var paginators = {
  paginateListCidrBlocks,
  paginateListCidrCollections,
  paginateListCidrLocations,
  paginateListHealthChecks,
  paginateListHostedZones,
  paginateListQueryLoggingConfigs
};
var waiters = {
  waitUntilResourceRecordSetsChanged
};
var Route53 = class extends Route53Client {
};
createAggregatedClient(commands, Route53, { paginators, waiters });

// node_modules/@aws-sdk/client-route-53/dist-es/models/enums.js
var AcceleratedRecoveryStatus = {
  DISABLED: "DISABLED",
  DISABLE_FAILED: "DISABLE_FAILED",
  DISABLING: "DISABLING",
  DISABLING_HOSTED_ZONE_LOCKED: "DISABLING_HOSTED_ZONE_LOCKED",
  ENABLED: "ENABLED",
  ENABLE_FAILED: "ENABLE_FAILED",
  ENABLING: "ENABLING",
  ENABLING_HOSTED_ZONE_LOCKED: "ENABLING_HOSTED_ZONE_LOCKED"
};
var AccountLimitType = {
  MAX_HEALTH_CHECKS_BY_OWNER: "MAX_HEALTH_CHECKS_BY_OWNER",
  MAX_HOSTED_ZONES_BY_OWNER: "MAX_HOSTED_ZONES_BY_OWNER",
  MAX_REUSABLE_DELEGATION_SETS_BY_OWNER: "MAX_REUSABLE_DELEGATION_SETS_BY_OWNER",
  MAX_TRAFFIC_POLICIES_BY_OWNER: "MAX_TRAFFIC_POLICIES_BY_OWNER",
  MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER: "MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER"
};
var ChangeStatus = {
  INSYNC: "INSYNC",
  PENDING: "PENDING"
};
var CloudWatchRegion = {
  af_south_1: "af-south-1",
  ap_east_1: "ap-east-1",
  ap_east_2: "ap-east-2",
  ap_northeast_1: "ap-northeast-1",
  ap_northeast_2: "ap-northeast-2",
  ap_northeast_3: "ap-northeast-3",
  ap_south_1: "ap-south-1",
  ap_south_2: "ap-south-2",
  ap_southeast_1: "ap-southeast-1",
  ap_southeast_2: "ap-southeast-2",
  ap_southeast_3: "ap-southeast-3",
  ap_southeast_4: "ap-southeast-4",
  ap_southeast_5: "ap-southeast-5",
  ap_southeast_6: "ap-southeast-6",
  ap_southeast_7: "ap-southeast-7",
  ca_central_1: "ca-central-1",
  ca_west_1: "ca-west-1",
  cn_north_1: "cn-north-1",
  cn_northwest_1: "cn-northwest-1",
  eu_central_1: "eu-central-1",
  eu_central_2: "eu-central-2",
  eu_isoe_west_1: "eu-isoe-west-1",
  eu_north_1: "eu-north-1",
  eu_south_1: "eu-south-1",
  eu_south_2: "eu-south-2",
  eu_west_1: "eu-west-1",
  eu_west_2: "eu-west-2",
  eu_west_3: "eu-west-3",
  eusc_de_east_1: "eusc-de-east-1",
  il_central_1: "il-central-1",
  me_central_1: "me-central-1",
  me_south_1: "me-south-1",
  mx_central_1: "mx-central-1",
  sa_east_1: "sa-east-1",
  us_east_1: "us-east-1",
  us_east_2: "us-east-2",
  us_gov_east_1: "us-gov-east-1",
  us_gov_west_1: "us-gov-west-1",
  us_iso_east_1: "us-iso-east-1",
  us_iso_west_1: "us-iso-west-1",
  us_isob_east_1: "us-isob-east-1",
  us_isob_west_1: "us-isob-west-1",
  us_isof_east_1: "us-isof-east-1",
  us_isof_south_1: "us-isof-south-1",
  us_west_1: "us-west-1",
  us_west_2: "us-west-2"
};
var VPCRegion = {
  af_south_1: "af-south-1",
  ap_east_1: "ap-east-1",
  ap_east_2: "ap-east-2",
  ap_northeast_1: "ap-northeast-1",
  ap_northeast_2: "ap-northeast-2",
  ap_northeast_3: "ap-northeast-3",
  ap_south_1: "ap-south-1",
  ap_south_2: "ap-south-2",
  ap_southeast_1: "ap-southeast-1",
  ap_southeast_2: "ap-southeast-2",
  ap_southeast_3: "ap-southeast-3",
  ap_southeast_4: "ap-southeast-4",
  ap_southeast_5: "ap-southeast-5",
  ap_southeast_6: "ap-southeast-6",
  ap_southeast_7: "ap-southeast-7",
  ca_central_1: "ca-central-1",
  ca_west_1: "ca-west-1",
  cn_north_1: "cn-north-1",
  cn_northwest_1: "cn-northwest-1",
  eu_central_1: "eu-central-1",
  eu_central_2: "eu-central-2",
  eu_isoe_west_1: "eu-isoe-west-1",
  eu_north_1: "eu-north-1",
  eu_south_1: "eu-south-1",
  eu_south_2: "eu-south-2",
  eu_west_1: "eu-west-1",
  eu_west_2: "eu-west-2",
  eu_west_3: "eu-west-3",
  eusc_de_east_1: "eusc-de-east-1",
  il_central_1: "il-central-1",
  me_central_1: "me-central-1",
  me_south_1: "me-south-1",
  mx_central_1: "mx-central-1",
  sa_east_1: "sa-east-1",
  us_east_1: "us-east-1",
  us_east_2: "us-east-2",
  us_gov_east_1: "us-gov-east-1",
  us_gov_west_1: "us-gov-west-1",
  us_iso_east_1: "us-iso-east-1",
  us_iso_west_1: "us-iso-west-1",
  us_isob_east_1: "us-isob-east-1",
  us_isob_west_1: "us-isob-west-1",
  us_isof_east_1: "us-isof-east-1",
  us_isof_south_1: "us-isof-south-1",
  us_west_1: "us-west-1",
  us_west_2: "us-west-2"
};
var CidrCollectionChangeAction = {
  DELETE_IF_EXISTS: "DELETE_IF_EXISTS",
  PUT: "PUT"
};
var ChangeAction = {
  CREATE: "CREATE",
  DELETE: "DELETE",
  UPSERT: "UPSERT"
};
var ResourceRecordSetFailover = {
  PRIMARY: "PRIMARY",
  SECONDARY: "SECONDARY"
};
var ResourceRecordSetRegion = {
  af_south_1: "af-south-1",
  ap_east_1: "ap-east-1",
  ap_east_2: "ap-east-2",
  ap_northeast_1: "ap-northeast-1",
  ap_northeast_2: "ap-northeast-2",
  ap_northeast_3: "ap-northeast-3",
  ap_south_1: "ap-south-1",
  ap_south_2: "ap-south-2",
  ap_southeast_1: "ap-southeast-1",
  ap_southeast_2: "ap-southeast-2",
  ap_southeast_3: "ap-southeast-3",
  ap_southeast_4: "ap-southeast-4",
  ap_southeast_5: "ap-southeast-5",
  ap_southeast_6: "ap-southeast-6",
  ap_southeast_7: "ap-southeast-7",
  ca_central_1: "ca-central-1",
  ca_west_1: "ca-west-1",
  cn_north_1: "cn-north-1",
  cn_northwest_1: "cn-northwest-1",
  eu_central_1: "eu-central-1",
  eu_central_2: "eu-central-2",
  eu_north_1: "eu-north-1",
  eu_south_1: "eu-south-1",
  eu_south_2: "eu-south-2",
  eu_west_1: "eu-west-1",
  eu_west_2: "eu-west-2",
  eu_west_3: "eu-west-3",
  eusc_de_east_1: "eusc-de-east-1",
  il_central_1: "il-central-1",
  me_central_1: "me-central-1",
  me_south_1: "me-south-1",
  mx_central_1: "mx-central-1",
  sa_east_1: "sa-east-1",
  us_east_1: "us-east-1",
  us_east_2: "us-east-2",
  us_gov_east_1: "us-gov-east-1",
  us_gov_west_1: "us-gov-west-1",
  us_west_1: "us-west-1",
  us_west_2: "us-west-2"
};
var RRType = {
  A: "A",
  AAAA: "AAAA",
  CAA: "CAA",
  CNAME: "CNAME",
  DS: "DS",
  HTTPS: "HTTPS",
  MX: "MX",
  NAPTR: "NAPTR",
  NS: "NS",
  PTR: "PTR",
  SOA: "SOA",
  SPF: "SPF",
  SRV: "SRV",
  SSHFP: "SSHFP",
  SVCB: "SVCB",
  TLSA: "TLSA",
  TXT: "TXT"
};
var TagResourceType = {
  healthcheck: "healthcheck",
  hostedzone: "hostedzone"
};
var InsufficientDataHealthStatus = {
  Healthy: "Healthy",
  LastKnownStatus: "LastKnownStatus",
  Unhealthy: "Unhealthy"
};
var HealthCheckRegion = {
  ap_northeast_1: "ap-northeast-1",
  ap_southeast_1: "ap-southeast-1",
  ap_southeast_2: "ap-southeast-2",
  eu_west_1: "eu-west-1",
  sa_east_1: "sa-east-1",
  us_east_1: "us-east-1",
  us_west_1: "us-west-1",
  us_west_2: "us-west-2"
};
var HealthCheckType = {
  CALCULATED: "CALCULATED",
  CLOUDWATCH_METRIC: "CLOUDWATCH_METRIC",
  HTTP: "HTTP",
  HTTPS: "HTTPS",
  HTTPS_STR_MATCH: "HTTPS_STR_MATCH",
  HTTP_STR_MATCH: "HTTP_STR_MATCH",
  RECOVERY_CONTROL: "RECOVERY_CONTROL",
  TCP: "TCP"
};
var ComparisonOperator = {
  GreaterThanOrEqualToThreshold: "GreaterThanOrEqualToThreshold",
  GreaterThanThreshold: "GreaterThanThreshold",
  LessThanOrEqualToThreshold: "LessThanOrEqualToThreshold",
  LessThanThreshold: "LessThanThreshold"
};
var Statistic = {
  Average: "Average",
  Maximum: "Maximum",
  Minimum: "Minimum",
  SampleCount: "SampleCount",
  Sum: "Sum"
};
var HostedZoneLimitType = {
  MAX_RRSETS_BY_ZONE: "MAX_RRSETS_BY_ZONE",
  MAX_VPCS_ASSOCIATED_BY_ZONE: "MAX_VPCS_ASSOCIATED_BY_ZONE"
};
var ReusableDelegationSetLimitType = {
  MAX_ZONES_BY_REUSABLE_DELEGATION_SET: "MAX_ZONES_BY_REUSABLE_DELEGATION_SET"
};
var HostedZoneType = {
  PRIVATE_HOSTED_ZONE: "PrivateHostedZone"
};
var ResettableElementName = {
  ChildHealthChecks: "ChildHealthChecks",
  FullyQualifiedDomainName: "FullyQualifiedDomainName",
  Regions: "Regions",
  ResourcePath: "ResourcePath"
};
export {
  Command as $Command,
  AcceleratedRecoveryStatus,
  AccountLimit$,
  AccountLimitType,
  ActivateKeySigningKey$,
  ActivateKeySigningKeyCommand,
  ActivateKeySigningKeyRequest$,
  ActivateKeySigningKeyResponse$,
  AlarmIdentifier$,
  AliasTarget$,
  AssociateVPCWithHostedZone$,
  AssociateVPCWithHostedZoneCommand,
  AssociateVPCWithHostedZoneRequest$,
  AssociateVPCWithHostedZoneResponse$,
  Change$,
  ChangeAction,
  ChangeBatch$,
  ChangeCidrCollection$,
  ChangeCidrCollectionCommand,
  ChangeCidrCollectionRequest$,
  ChangeCidrCollectionResponse$,
  ChangeInfo$,
  ChangeResourceRecordSets$,
  ChangeResourceRecordSetsCommand,
  ChangeResourceRecordSetsRequest$,
  ChangeResourceRecordSetsResponse$,
  ChangeStatus,
  ChangeTagsForResource$,
  ChangeTagsForResourceCommand,
  ChangeTagsForResourceRequest$,
  ChangeTagsForResourceResponse$,
  CidrBlockInUseException,
  CidrBlockInUseException$,
  CidrBlockSummary$,
  CidrCollection$,
  CidrCollectionAlreadyExistsException,
  CidrCollectionAlreadyExistsException$,
  CidrCollectionChange$,
  CidrCollectionChangeAction,
  CidrCollectionInUseException,
  CidrCollectionInUseException$,
  CidrCollectionVersionMismatchException,
  CidrCollectionVersionMismatchException$,
  CidrRoutingConfig$,
  CloudWatchAlarmConfiguration$,
  CloudWatchRegion,
  CollectionSummary$,
  ComparisonOperator,
  ConcurrentModification,
  ConcurrentModification$,
  ConflictingDomainExists,
  ConflictingDomainExists$,
  ConflictingTypes,
  ConflictingTypes$,
  Coordinates$,
  CreateCidrCollection$,
  CreateCidrCollectionCommand,
  CreateCidrCollectionRequest$,
  CreateCidrCollectionResponse$,
  CreateHealthCheck$,
  CreateHealthCheckCommand,
  CreateHealthCheckRequest$,
  CreateHealthCheckResponse$,
  CreateHostedZone$,
  CreateHostedZoneCommand,
  CreateHostedZoneRequest$,
  CreateHostedZoneResponse$,
  CreateKeySigningKey$,
  CreateKeySigningKeyCommand,
  CreateKeySigningKeyRequest$,
  CreateKeySigningKeyResponse$,
  CreateQueryLoggingConfig$,
  CreateQueryLoggingConfigCommand,
  CreateQueryLoggingConfigRequest$,
  CreateQueryLoggingConfigResponse$,
  CreateReusableDelegationSet$,
  CreateReusableDelegationSetCommand,
  CreateReusableDelegationSetRequest$,
  CreateReusableDelegationSetResponse$,
  CreateTrafficPolicy$,
  CreateTrafficPolicyCommand,
  CreateTrafficPolicyInstance$,
  CreateTrafficPolicyInstanceCommand,
  CreateTrafficPolicyInstanceRequest$,
  CreateTrafficPolicyInstanceResponse$,
  CreateTrafficPolicyRequest$,
  CreateTrafficPolicyResponse$,
  CreateTrafficPolicyVersion$,
  CreateTrafficPolicyVersionCommand,
  CreateTrafficPolicyVersionRequest$,
  CreateTrafficPolicyVersionResponse$,
  CreateVPCAssociationAuthorization$,
  CreateVPCAssociationAuthorizationCommand,
  CreateVPCAssociationAuthorizationRequest$,
  CreateVPCAssociationAuthorizationResponse$,
  DNSSECNotFound,
  DNSSECNotFound$,
  DNSSECStatus$,
  DeactivateKeySigningKey$,
  DeactivateKeySigningKeyCommand,
  DeactivateKeySigningKeyRequest$,
  DeactivateKeySigningKeyResponse$,
  DelegationSet$,
  DelegationSetAlreadyCreated,
  DelegationSetAlreadyCreated$,
  DelegationSetAlreadyReusable,
  DelegationSetAlreadyReusable$,
  DelegationSetInUse,
  DelegationSetInUse$,
  DelegationSetNotAvailable,
  DelegationSetNotAvailable$,
  DelegationSetNotReusable,
  DelegationSetNotReusable$,
  DeleteCidrCollection$,
  DeleteCidrCollectionCommand,
  DeleteCidrCollectionRequest$,
  DeleteCidrCollectionResponse$,
  DeleteHealthCheck$,
  DeleteHealthCheckCommand,
  DeleteHealthCheckRequest$,
  DeleteHealthCheckResponse$,
  DeleteHostedZone$,
  DeleteHostedZoneCommand,
  DeleteHostedZoneRequest$,
  DeleteHostedZoneResponse$,
  DeleteKeySigningKey$,
  DeleteKeySigningKeyCommand,
  DeleteKeySigningKeyRequest$,
  DeleteKeySigningKeyResponse$,
  DeleteQueryLoggingConfig$,
  DeleteQueryLoggingConfigCommand,
  DeleteQueryLoggingConfigRequest$,
  DeleteQueryLoggingConfigResponse$,
  DeleteReusableDelegationSet$,
  DeleteReusableDelegationSetCommand,
  DeleteReusableDelegationSetRequest$,
  DeleteReusableDelegationSetResponse$,
  DeleteTrafficPolicy$,
  DeleteTrafficPolicyCommand,
  DeleteTrafficPolicyInstance$,
  DeleteTrafficPolicyInstanceCommand,
  DeleteTrafficPolicyInstanceRequest$,
  DeleteTrafficPolicyInstanceResponse$,
  DeleteTrafficPolicyRequest$,
  DeleteTrafficPolicyResponse$,
  DeleteVPCAssociationAuthorization$,
  DeleteVPCAssociationAuthorizationCommand,
  DeleteVPCAssociationAuthorizationRequest$,
  DeleteVPCAssociationAuthorizationResponse$,
  Dimension$,
  DisableHostedZoneDNSSEC$,
  DisableHostedZoneDNSSECCommand,
  DisableHostedZoneDNSSECRequest$,
  DisableHostedZoneDNSSECResponse$,
  DisassociateVPCFromHostedZone$,
  DisassociateVPCFromHostedZoneCommand,
  DisassociateVPCFromHostedZoneRequest$,
  DisassociateVPCFromHostedZoneResponse$,
  EnableHostedZoneDNSSEC$,
  EnableHostedZoneDNSSECCommand,
  EnableHostedZoneDNSSECRequest$,
  EnableHostedZoneDNSSECResponse$,
  GeoLocation$,
  GeoLocationDetails$,
  GeoProximityLocation$,
  GetAccountLimit$,
  GetAccountLimitCommand,
  GetAccountLimitRequest$,
  GetAccountLimitResponse$,
  GetChange$,
  GetChangeCommand,
  GetChangeRequest$,
  GetChangeResponse$,
  GetCheckerIpRanges$,
  GetCheckerIpRangesCommand,
  GetCheckerIpRangesRequest$,
  GetCheckerIpRangesResponse$,
  GetDNSSEC$,
  GetDNSSECCommand,
  GetDNSSECRequest$,
  GetDNSSECResponse$,
  GetGeoLocation$,
  GetGeoLocationCommand,
  GetGeoLocationRequest$,
  GetGeoLocationResponse$,
  GetHealthCheck$,
  GetHealthCheckCommand,
  GetHealthCheckCount$,
  GetHealthCheckCountCommand,
  GetHealthCheckCountRequest$,
  GetHealthCheckCountResponse$,
  GetHealthCheckLastFailureReason$,
  GetHealthCheckLastFailureReasonCommand,
  GetHealthCheckLastFailureReasonRequest$,
  GetHealthCheckLastFailureReasonResponse$,
  GetHealthCheckRequest$,
  GetHealthCheckResponse$,
  GetHealthCheckStatus$,
  GetHealthCheckStatusCommand,
  GetHealthCheckStatusRequest$,
  GetHealthCheckStatusResponse$,
  GetHostedZone$,
  GetHostedZoneCommand,
  GetHostedZoneCount$,
  GetHostedZoneCountCommand,
  GetHostedZoneCountRequest$,
  GetHostedZoneCountResponse$,
  GetHostedZoneLimit$,
  GetHostedZoneLimitCommand,
  GetHostedZoneLimitRequest$,
  GetHostedZoneLimitResponse$,
  GetHostedZoneRequest$,
  GetHostedZoneResponse$,
  GetQueryLoggingConfig$,
  GetQueryLoggingConfigCommand,
  GetQueryLoggingConfigRequest$,
  GetQueryLoggingConfigResponse$,
  GetReusableDelegationSet$,
  GetReusableDelegationSetCommand,
  GetReusableDelegationSetLimit$,
  GetReusableDelegationSetLimitCommand,
  GetReusableDelegationSetLimitRequest$,
  GetReusableDelegationSetLimitResponse$,
  GetReusableDelegationSetRequest$,
  GetReusableDelegationSetResponse$,
  GetTrafficPolicy$,
  GetTrafficPolicyCommand,
  GetTrafficPolicyInstance$,
  GetTrafficPolicyInstanceCommand,
  GetTrafficPolicyInstanceCount$,
  GetTrafficPolicyInstanceCountCommand,
  GetTrafficPolicyInstanceCountRequest$,
  GetTrafficPolicyInstanceCountResponse$,
  GetTrafficPolicyInstanceRequest$,
  GetTrafficPolicyInstanceResponse$,
  GetTrafficPolicyRequest$,
  GetTrafficPolicyResponse$,
  HealthCheck$,
  HealthCheckAlreadyExists,
  HealthCheckAlreadyExists$,
  HealthCheckConfig$,
  HealthCheckInUse,
  HealthCheckInUse$,
  HealthCheckObservation$,
  HealthCheckRegion,
  HealthCheckType,
  HealthCheckVersionMismatch,
  HealthCheckVersionMismatch$,
  HostedZone$,
  HostedZoneAlreadyExists,
  HostedZoneAlreadyExists$,
  HostedZoneConfig$,
  HostedZoneFailureReasons$,
  HostedZoneFeatures$,
  HostedZoneLimit$,
  HostedZoneLimitType,
  HostedZoneNotEmpty,
  HostedZoneNotEmpty$,
  HostedZoneNotFound,
  HostedZoneNotFound$,
  HostedZoneNotPrivate,
  HostedZoneNotPrivate$,
  HostedZoneOwner$,
  HostedZonePartiallyDelegated,
  HostedZonePartiallyDelegated$,
  HostedZoneSummary$,
  HostedZoneType,
  IncompatibleVersion,
  IncompatibleVersion$,
  InsufficientCloudWatchLogsResourcePolicy,
  InsufficientCloudWatchLogsResourcePolicy$,
  InsufficientDataHealthStatus,
  InvalidArgument,
  InvalidArgument$,
  InvalidChangeBatch,
  InvalidChangeBatch$,
  InvalidDomainName,
  InvalidDomainName$,
  InvalidInput,
  InvalidInput$,
  InvalidKMSArn,
  InvalidKMSArn$,
  InvalidKeySigningKeyName,
  InvalidKeySigningKeyName$,
  InvalidKeySigningKeyStatus,
  InvalidKeySigningKeyStatus$,
  InvalidPaginationToken,
  InvalidPaginationToken$,
  InvalidSigningStatus,
  InvalidSigningStatus$,
  InvalidTrafficPolicyDocument,
  InvalidTrafficPolicyDocument$,
  InvalidVPCId,
  InvalidVPCId$,
  KeySigningKey$,
  KeySigningKeyAlreadyExists,
  KeySigningKeyAlreadyExists$,
  KeySigningKeyInParentDSRecord,
  KeySigningKeyInParentDSRecord$,
  KeySigningKeyInUse,
  KeySigningKeyInUse$,
  KeySigningKeyWithActiveStatusNotFound,
  KeySigningKeyWithActiveStatusNotFound$,
  LastVPCAssociation,
  LastVPCAssociation$,
  LimitsExceeded,
  LimitsExceeded$,
  LinkedService$,
  ListCidrBlocks$,
  ListCidrBlocksCommand,
  ListCidrBlocksRequest$,
  ListCidrBlocksResponse$,
  ListCidrCollections$,
  ListCidrCollectionsCommand,
  ListCidrCollectionsRequest$,
  ListCidrCollectionsResponse$,
  ListCidrLocations$,
  ListCidrLocationsCommand,
  ListCidrLocationsRequest$,
  ListCidrLocationsResponse$,
  ListGeoLocations$,
  ListGeoLocationsCommand,
  ListGeoLocationsRequest$,
  ListGeoLocationsResponse$,
  ListHealthChecks$,
  ListHealthChecksCommand,
  ListHealthChecksRequest$,
  ListHealthChecksResponse$,
  ListHostedZones$,
  ListHostedZonesByName$,
  ListHostedZonesByNameCommand,
  ListHostedZonesByNameRequest$,
  ListHostedZonesByNameResponse$,
  ListHostedZonesByVPC$,
  ListHostedZonesByVPCCommand,
  ListHostedZonesByVPCRequest$,
  ListHostedZonesByVPCResponse$,
  ListHostedZonesCommand,
  ListHostedZonesRequest$,
  ListHostedZonesResponse$,
  ListQueryLoggingConfigs$,
  ListQueryLoggingConfigsCommand,
  ListQueryLoggingConfigsRequest$,
  ListQueryLoggingConfigsResponse$,
  ListResourceRecordSets$,
  ListResourceRecordSetsCommand,
  ListResourceRecordSetsRequest$,
  ListResourceRecordSetsResponse$,
  ListReusableDelegationSets$,
  ListReusableDelegationSetsCommand,
  ListReusableDelegationSetsRequest$,
  ListReusableDelegationSetsResponse$,
  ListTagsForResource$,
  ListTagsForResourceCommand,
  ListTagsForResourceRequest$,
  ListTagsForResourceResponse$,
  ListTagsForResources$,
  ListTagsForResourcesCommand,
  ListTagsForResourcesRequest$,
  ListTagsForResourcesResponse$,
  ListTrafficPolicies$,
  ListTrafficPoliciesCommand,
  ListTrafficPoliciesRequest$,
  ListTrafficPoliciesResponse$,
  ListTrafficPolicyInstances$,
  ListTrafficPolicyInstancesByHostedZone$,
  ListTrafficPolicyInstancesByHostedZoneCommand,
  ListTrafficPolicyInstancesByHostedZoneRequest$,
  ListTrafficPolicyInstancesByHostedZoneResponse$,
  ListTrafficPolicyInstancesByPolicy$,
  ListTrafficPolicyInstancesByPolicyCommand,
  ListTrafficPolicyInstancesByPolicyRequest$,
  ListTrafficPolicyInstancesByPolicyResponse$,
  ListTrafficPolicyInstancesCommand,
  ListTrafficPolicyInstancesRequest$,
  ListTrafficPolicyInstancesResponse$,
  ListTrafficPolicyVersions$,
  ListTrafficPolicyVersionsCommand,
  ListTrafficPolicyVersionsRequest$,
  ListTrafficPolicyVersionsResponse$,
  ListVPCAssociationAuthorizations$,
  ListVPCAssociationAuthorizationsCommand,
  ListVPCAssociationAuthorizationsRequest$,
  ListVPCAssociationAuthorizationsResponse$,
  LocationSummary$,
  NoSuchChange,
  NoSuchChange$,
  NoSuchCidrCollectionException,
  NoSuchCidrCollectionException$,
  NoSuchCidrLocationException,
  NoSuchCidrLocationException$,
  NoSuchCloudWatchLogsLogGroup,
  NoSuchCloudWatchLogsLogGroup$,
  NoSuchDelegationSet,
  NoSuchDelegationSet$,
  NoSuchGeoLocation,
  NoSuchGeoLocation$,
  NoSuchHealthCheck,
  NoSuchHealthCheck$,
  NoSuchHostedZone,
  NoSuchHostedZone$,
  NoSuchKeySigningKey,
  NoSuchKeySigningKey$,
  NoSuchQueryLoggingConfig,
  NoSuchQueryLoggingConfig$,
  NoSuchTrafficPolicy,
  NoSuchTrafficPolicy$,
  NoSuchTrafficPolicyInstance,
  NoSuchTrafficPolicyInstance$,
  NotAuthorizedException,
  NotAuthorizedException$,
  PriorRequestNotComplete,
  PriorRequestNotComplete$,
  PublicZoneVPCAssociation,
  PublicZoneVPCAssociation$,
  QueryLoggingConfig$,
  QueryLoggingConfigAlreadyExists,
  QueryLoggingConfigAlreadyExists$,
  RRType,
  ResettableElementName,
  ResourceRecord$,
  ResourceRecordSet$,
  ResourceRecordSetFailover,
  ResourceRecordSetRegion,
  ResourceTagSet$,
  ReusableDelegationSetLimit$,
  ReusableDelegationSetLimitType,
  Route53,
  Route53Client,
  Route53ServiceException,
  Route53ServiceException$,
  Statistic,
  StatusReport$,
  Tag$,
  TagResourceType,
  TestDNSAnswer$,
  TestDNSAnswerCommand,
  TestDNSAnswerRequest$,
  TestDNSAnswerResponse$,
  ThrottlingException,
  ThrottlingException$,
  TooManyHealthChecks,
  TooManyHealthChecks$,
  TooManyHostedZones,
  TooManyHostedZones$,
  TooManyKeySigningKeys,
  TooManyKeySigningKeys$,
  TooManyTrafficPolicies,
  TooManyTrafficPolicies$,
  TooManyTrafficPolicyInstances,
  TooManyTrafficPolicyInstances$,
  TooManyTrafficPolicyVersionsForCurrentPolicy,
  TooManyTrafficPolicyVersionsForCurrentPolicy$,
  TooManyVPCAssociationAuthorizations,
  TooManyVPCAssociationAuthorizations$,
  TrafficPolicy$,
  TrafficPolicyAlreadyExists,
  TrafficPolicyAlreadyExists$,
  TrafficPolicyInUse,
  TrafficPolicyInUse$,
  TrafficPolicyInstance$,
  TrafficPolicyInstanceAlreadyExists,
  TrafficPolicyInstanceAlreadyExists$,
  TrafficPolicySummary$,
  UpdateHealthCheck$,
  UpdateHealthCheckCommand,
  UpdateHealthCheckRequest$,
  UpdateHealthCheckResponse$,
  UpdateHostedZoneComment$,
  UpdateHostedZoneCommentCommand,
  UpdateHostedZoneCommentRequest$,
  UpdateHostedZoneCommentResponse$,
  UpdateHostedZoneFeatures$,
  UpdateHostedZoneFeaturesCommand,
  UpdateHostedZoneFeaturesRequest$,
  UpdateHostedZoneFeaturesResponse$,
  UpdateTrafficPolicyComment$,
  UpdateTrafficPolicyCommentCommand,
  UpdateTrafficPolicyCommentRequest$,
  UpdateTrafficPolicyCommentResponse$,
  UpdateTrafficPolicyInstance$,
  UpdateTrafficPolicyInstanceCommand,
  UpdateTrafficPolicyInstanceRequest$,
  UpdateTrafficPolicyInstanceResponse$,
  VPC$,
  VPCAssociationAuthorizationNotFound,
  VPCAssociationAuthorizationNotFound$,
  VPCAssociationNotFound,
  VPCAssociationNotFound$,
  VPCRegion,
  Client as __Client,
  errorTypeRegistries,
  paginateListCidrBlocks,
  paginateListCidrCollections,
  paginateListCidrLocations,
  paginateListHealthChecks,
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  waitForResourceRecordSetsChanged,
  waitUntilResourceRecordSetsChanged
};
