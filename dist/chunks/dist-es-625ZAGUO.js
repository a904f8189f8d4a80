import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-URIHBE6O.js";
import {
  AwsQueryProtocol,
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

// node_modules/@aws-sdk/client-elasticache/dist-es/auth/httpAuthSchemeProvider.js
var defaultElastiCacheHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "elasticache",
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
var defaultElastiCacheHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-elasticache/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "elasticache"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-elasticache/package.json
var package_default = {
  name: "@aws-sdk/client-elasticache",
  version: "3.1127.0",
  description: "AWS SDK for JavaScript Elasticache Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-elasticache",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-elasticache"
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
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.977.9",
    "@aws-sdk/credential-provider-node": "^3.972.82",
    "@aws-sdk/types": "^3.974.5",
    "@smithy/core": "^3.33.3",
    "@smithy/fetch-http-handler": "^5.7.2",
    "@smithy/node-http-handler": "^4.11.3",
    "@smithy/types": "^4.17.2",
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

// node_modules/@aws-sdk/client-elasticache/dist-es/endpoint/bdd.js
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
    ["https://elasticache-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://elasticache.{Region}.amazonaws.com", i],
    ["https://elasticache-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://elasticache.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://elasticache.{Region}.{PartitionResult#dnsSuffix}", i],
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

// node_modules/@aws-sdk/client-elasticache/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-elasticache/dist-es/models/ElastiCacheServiceException.js
var ElastiCacheServiceException = class _ElastiCacheServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ElastiCacheServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-elasticache/dist-es/models/errors.js
var CacheClusterNotFoundFault = class _CacheClusterNotFoundFault extends ElastiCacheServiceException {
  name = "CacheClusterNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheClusterNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheClusterNotFoundFault.prototype);
  }
};
var CacheParameterGroupNotFoundFault = class _CacheParameterGroupNotFoundFault extends ElastiCacheServiceException {
  name = "CacheParameterGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheParameterGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheParameterGroupNotFoundFault.prototype);
  }
};
var CacheSecurityGroupNotFoundFault = class _CacheSecurityGroupNotFoundFault extends ElastiCacheServiceException {
  name = "CacheSecurityGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheSecurityGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheSecurityGroupNotFoundFault.prototype);
  }
};
var CacheSubnetGroupNotFoundFault = class _CacheSubnetGroupNotFoundFault extends ElastiCacheServiceException {
  name = "CacheSubnetGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheSubnetGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheSubnetGroupNotFoundFault.prototype);
  }
};
var InvalidARNFault = class _InvalidARNFault extends ElastiCacheServiceException {
  name = "InvalidARNFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidARNFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidARNFault.prototype);
  }
};
var InvalidReplicationGroupStateFault = class _InvalidReplicationGroupStateFault extends ElastiCacheServiceException {
  name = "InvalidReplicationGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidReplicationGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidReplicationGroupStateFault.prototype);
  }
};
var InvalidServerlessCacheSnapshotStateFault = class _InvalidServerlessCacheSnapshotStateFault extends ElastiCacheServiceException {
  name = "InvalidServerlessCacheSnapshotStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidServerlessCacheSnapshotStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidServerlessCacheSnapshotStateFault.prototype);
  }
};
var InvalidServerlessCacheStateFault = class _InvalidServerlessCacheStateFault extends ElastiCacheServiceException {
  name = "InvalidServerlessCacheStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidServerlessCacheStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidServerlessCacheStateFault.prototype);
  }
};
var ReplicationGroupNotFoundFault = class _ReplicationGroupNotFoundFault extends ElastiCacheServiceException {
  name = "ReplicationGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplicationGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationGroupNotFoundFault.prototype);
  }
};
var ReservedCacheNodeNotFoundFault = class _ReservedCacheNodeNotFoundFault extends ElastiCacheServiceException {
  name = "ReservedCacheNodeNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedCacheNodeNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedCacheNodeNotFoundFault.prototype);
  }
};
var ServerlessCacheNotFoundFault = class _ServerlessCacheNotFoundFault extends ElastiCacheServiceException {
  name = "ServerlessCacheNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServerlessCacheNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerlessCacheNotFoundFault.prototype);
  }
};
var ServerlessCacheSnapshotNotFoundFault = class _ServerlessCacheSnapshotNotFoundFault extends ElastiCacheServiceException {
  name = "ServerlessCacheSnapshotNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServerlessCacheSnapshotNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerlessCacheSnapshotNotFoundFault.prototype);
  }
};
var SnapshotNotFoundFault = class _SnapshotNotFoundFault extends ElastiCacheServiceException {
  name = "SnapshotNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SnapshotNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapshotNotFoundFault.prototype);
  }
};
var TagQuotaPerResourceExceeded = class _TagQuotaPerResourceExceeded extends ElastiCacheServiceException {
  name = "TagQuotaPerResourceExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagQuotaPerResourceExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagQuotaPerResourceExceeded.prototype);
  }
};
var UserGroupNotFoundFault = class _UserGroupNotFoundFault extends ElastiCacheServiceException {
  name = "UserGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserGroupNotFoundFault.prototype);
  }
};
var UserNotFoundFault = class _UserNotFoundFault extends ElastiCacheServiceException {
  name = "UserNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserNotFoundFault.prototype);
  }
};
var AuthorizationAlreadyExistsFault = class _AuthorizationAlreadyExistsFault extends ElastiCacheServiceException {
  name = "AuthorizationAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AuthorizationAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AuthorizationAlreadyExistsFault.prototype);
  }
};
var InvalidCacheSecurityGroupStateFault = class _InvalidCacheSecurityGroupStateFault extends ElastiCacheServiceException {
  name = "InvalidCacheSecurityGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCacheSecurityGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCacheSecurityGroupStateFault.prototype);
  }
};
var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends ElastiCacheServiceException {
  name = "InvalidParameterCombinationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
  }
};
var InvalidParameterValueException = class _InvalidParameterValueException extends ElastiCacheServiceException {
  name = "InvalidParameterValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
  }
};
var ServiceUpdateNotFoundFault = class _ServiceUpdateNotFoundFault extends ElastiCacheServiceException {
  name = "ServiceUpdateNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceUpdateNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceUpdateNotFoundFault.prototype);
  }
};
var ReplicationGroupNotUnderMigrationFault = class _ReplicationGroupNotUnderMigrationFault extends ElastiCacheServiceException {
  name = "ReplicationGroupNotUnderMigrationFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplicationGroupNotUnderMigrationFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationGroupNotUnderMigrationFault.prototype);
  }
};
var ServerlessCacheSnapshotAlreadyExistsFault = class _ServerlessCacheSnapshotAlreadyExistsFault extends ElastiCacheServiceException {
  name = "ServerlessCacheSnapshotAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServerlessCacheSnapshotAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerlessCacheSnapshotAlreadyExistsFault.prototype);
  }
};
var ServerlessCacheSnapshotQuotaExceededFault = class _ServerlessCacheSnapshotQuotaExceededFault extends ElastiCacheServiceException {
  name = "ServerlessCacheSnapshotQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServerlessCacheSnapshotQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerlessCacheSnapshotQuotaExceededFault.prototype);
  }
};
var ServiceLinkedRoleNotFoundFault = class _ServiceLinkedRoleNotFoundFault extends ElastiCacheServiceException {
  name = "ServiceLinkedRoleNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceLinkedRoleNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceLinkedRoleNotFoundFault.prototype);
  }
};
var InvalidSnapshotStateFault = class _InvalidSnapshotStateFault extends ElastiCacheServiceException {
  name = "InvalidSnapshotStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSnapshotStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSnapshotStateFault.prototype);
  }
};
var SnapshotAlreadyExistsFault = class _SnapshotAlreadyExistsFault extends ElastiCacheServiceException {
  name = "SnapshotAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SnapshotAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapshotAlreadyExistsFault.prototype);
  }
};
var SnapshotQuotaExceededFault = class _SnapshotQuotaExceededFault extends ElastiCacheServiceException {
  name = "SnapshotQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SnapshotQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapshotQuotaExceededFault.prototype);
  }
};
var CacheClusterAlreadyExistsFault = class _CacheClusterAlreadyExistsFault extends ElastiCacheServiceException {
  name = "CacheClusterAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheClusterAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheClusterAlreadyExistsFault.prototype);
  }
};
var ClusterQuotaForCustomerExceededFault = class _ClusterQuotaForCustomerExceededFault extends ElastiCacheServiceException {
  name = "ClusterQuotaForCustomerExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ClusterQuotaForCustomerExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClusterQuotaForCustomerExceededFault.prototype);
  }
};
var InsufficientCacheClusterCapacityFault = class _InsufficientCacheClusterCapacityFault extends ElastiCacheServiceException {
  name = "InsufficientCacheClusterCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientCacheClusterCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientCacheClusterCapacityFault.prototype);
  }
};
var InvalidVPCNetworkStateFault = class _InvalidVPCNetworkStateFault extends ElastiCacheServiceException {
  name = "InvalidVPCNetworkStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidVPCNetworkStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidVPCNetworkStateFault.prototype);
  }
};
var NodeQuotaForClusterExceededFault = class _NodeQuotaForClusterExceededFault extends ElastiCacheServiceException {
  name = "NodeQuotaForClusterExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NodeQuotaForClusterExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NodeQuotaForClusterExceededFault.prototype);
  }
};
var NodeQuotaForCustomerExceededFault = class _NodeQuotaForCustomerExceededFault extends ElastiCacheServiceException {
  name = "NodeQuotaForCustomerExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NodeQuotaForCustomerExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NodeQuotaForCustomerExceededFault.prototype);
  }
};
var CacheParameterGroupAlreadyExistsFault = class _CacheParameterGroupAlreadyExistsFault extends ElastiCacheServiceException {
  name = "CacheParameterGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheParameterGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheParameterGroupAlreadyExistsFault.prototype);
  }
};
var CacheParameterGroupQuotaExceededFault = class _CacheParameterGroupQuotaExceededFault extends ElastiCacheServiceException {
  name = "CacheParameterGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheParameterGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheParameterGroupQuotaExceededFault.prototype);
  }
};
var InvalidCacheParameterGroupStateFault = class _InvalidCacheParameterGroupStateFault extends ElastiCacheServiceException {
  name = "InvalidCacheParameterGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCacheParameterGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCacheParameterGroupStateFault.prototype);
  }
};
var CacheSecurityGroupAlreadyExistsFault = class _CacheSecurityGroupAlreadyExistsFault extends ElastiCacheServiceException {
  name = "CacheSecurityGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheSecurityGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheSecurityGroupAlreadyExistsFault.prototype);
  }
};
var CacheSecurityGroupQuotaExceededFault = class _CacheSecurityGroupQuotaExceededFault extends ElastiCacheServiceException {
  name = "CacheSecurityGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheSecurityGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheSecurityGroupQuotaExceededFault.prototype);
  }
};
var CacheSubnetGroupAlreadyExistsFault = class _CacheSubnetGroupAlreadyExistsFault extends ElastiCacheServiceException {
  name = "CacheSubnetGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheSubnetGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheSubnetGroupAlreadyExistsFault.prototype);
  }
};
var CacheSubnetGroupQuotaExceededFault = class _CacheSubnetGroupQuotaExceededFault extends ElastiCacheServiceException {
  name = "CacheSubnetGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheSubnetGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheSubnetGroupQuotaExceededFault.prototype);
  }
};
var CacheSubnetQuotaExceededFault = class _CacheSubnetQuotaExceededFault extends ElastiCacheServiceException {
  name = "CacheSubnetQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheSubnetQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheSubnetQuotaExceededFault.prototype);
  }
};
var InvalidSubnet = class _InvalidSubnet extends ElastiCacheServiceException {
  name = "InvalidSubnet";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSubnet",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSubnet.prototype);
  }
};
var SubnetNotAllowedFault = class _SubnetNotAllowedFault extends ElastiCacheServiceException {
  name = "SubnetNotAllowedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubnetNotAllowedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetNotAllowedFault.prototype);
  }
};
var GlobalReplicationGroupAlreadyExistsFault = class _GlobalReplicationGroupAlreadyExistsFault extends ElastiCacheServiceException {
  name = "GlobalReplicationGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GlobalReplicationGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GlobalReplicationGroupAlreadyExistsFault.prototype);
  }
};
var GlobalReplicationGroupNotFoundFault = class _GlobalReplicationGroupNotFoundFault extends ElastiCacheServiceException {
  name = "GlobalReplicationGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GlobalReplicationGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GlobalReplicationGroupNotFoundFault.prototype);
  }
};
var InvalidCacheClusterStateFault = class _InvalidCacheClusterStateFault extends ElastiCacheServiceException {
  name = "InvalidCacheClusterStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCacheClusterStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCacheClusterStateFault.prototype);
  }
};
var InvalidGlobalReplicationGroupStateFault = class _InvalidGlobalReplicationGroupStateFault extends ElastiCacheServiceException {
  name = "InvalidGlobalReplicationGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidGlobalReplicationGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidGlobalReplicationGroupStateFault.prototype);
  }
};
var InvalidUserGroupStateFault = class _InvalidUserGroupStateFault extends ElastiCacheServiceException {
  name = "InvalidUserGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidUserGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUserGroupStateFault.prototype);
  }
};
var NodeGroupsPerReplicationGroupQuotaExceededFault = class _NodeGroupsPerReplicationGroupQuotaExceededFault extends ElastiCacheServiceException {
  name = "NodeGroupsPerReplicationGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NodeGroupsPerReplicationGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NodeGroupsPerReplicationGroupQuotaExceededFault.prototype);
  }
};
var ReplicationGroupAlreadyExistsFault = class _ReplicationGroupAlreadyExistsFault extends ElastiCacheServiceException {
  name = "ReplicationGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplicationGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationGroupAlreadyExistsFault.prototype);
  }
};
var InvalidCredentialsException = class _InvalidCredentialsException extends ElastiCacheServiceException {
  name = "InvalidCredentialsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCredentialsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCredentialsException.prototype);
  }
};
var ServerlessCacheAlreadyExistsFault = class _ServerlessCacheAlreadyExistsFault extends ElastiCacheServiceException {
  name = "ServerlessCacheAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServerlessCacheAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerlessCacheAlreadyExistsFault.prototype);
  }
};
var ServerlessCacheQuotaForCustomerExceededFault = class _ServerlessCacheQuotaForCustomerExceededFault extends ElastiCacheServiceException {
  name = "ServerlessCacheQuotaForCustomerExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServerlessCacheQuotaForCustomerExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerlessCacheQuotaForCustomerExceededFault.prototype);
  }
};
var SnapshotFeatureNotSupportedFault = class _SnapshotFeatureNotSupportedFault extends ElastiCacheServiceException {
  name = "SnapshotFeatureNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SnapshotFeatureNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapshotFeatureNotSupportedFault.prototype);
  }
};
var DuplicateUserNameFault = class _DuplicateUserNameFault extends ElastiCacheServiceException {
  name = "DuplicateUserNameFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateUserNameFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateUserNameFault.prototype);
  }
};
var UserAlreadyExistsFault = class _UserAlreadyExistsFault extends ElastiCacheServiceException {
  name = "UserAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserAlreadyExistsFault.prototype);
  }
};
var UserQuotaExceededFault = class _UserQuotaExceededFault extends ElastiCacheServiceException {
  name = "UserQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserQuotaExceededFault.prototype);
  }
};
var DefaultUserRequired = class _DefaultUserRequired extends ElastiCacheServiceException {
  name = "DefaultUserRequired";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DefaultUserRequired",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DefaultUserRequired.prototype);
  }
};
var UserGroupAlreadyExistsFault = class _UserGroupAlreadyExistsFault extends ElastiCacheServiceException {
  name = "UserGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserGroupAlreadyExistsFault.prototype);
  }
};
var UserGroupQuotaExceededFault = class _UserGroupQuotaExceededFault extends ElastiCacheServiceException {
  name = "UserGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserGroupQuotaExceededFault.prototype);
  }
};
var NoOperationFault = class _NoOperationFault extends ElastiCacheServiceException {
  name = "NoOperationFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoOperationFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoOperationFault.prototype);
  }
};
var CacheSubnetGroupInUse = class _CacheSubnetGroupInUse extends ElastiCacheServiceException {
  name = "CacheSubnetGroupInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CacheSubnetGroupInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CacheSubnetGroupInUse.prototype);
  }
};
var DefaultUserAssociatedToUserGroupFault = class _DefaultUserAssociatedToUserGroupFault extends ElastiCacheServiceException {
  name = "DefaultUserAssociatedToUserGroupFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DefaultUserAssociatedToUserGroupFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DefaultUserAssociatedToUserGroupFault.prototype);
  }
};
var InvalidUserStateFault = class _InvalidUserStateFault extends ElastiCacheServiceException {
  name = "InvalidUserStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidUserStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUserStateFault.prototype);
  }
};
var ReservedCacheNodesOfferingNotFoundFault = class _ReservedCacheNodesOfferingNotFoundFault extends ElastiCacheServiceException {
  name = "ReservedCacheNodesOfferingNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedCacheNodesOfferingNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedCacheNodesOfferingNotFoundFault.prototype);
  }
};
var InvalidKMSKeyFault = class _InvalidKMSKeyFault extends ElastiCacheServiceException {
  name = "InvalidKMSKeyFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKMSKeyFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKMSKeyFault.prototype);
  }
};
var SubnetInUse = class _SubnetInUse extends ElastiCacheServiceException {
  name = "SubnetInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubnetInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetInUse.prototype);
  }
};
var ReservedCacheNodeAlreadyExistsFault = class _ReservedCacheNodeAlreadyExistsFault extends ElastiCacheServiceException {
  name = "ReservedCacheNodeAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedCacheNodeAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedCacheNodeAlreadyExistsFault.prototype);
  }
};
var ReservedCacheNodeQuotaExceededFault = class _ReservedCacheNodeQuotaExceededFault extends ElastiCacheServiceException {
  name = "ReservedCacheNodeQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedCacheNodeQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedCacheNodeQuotaExceededFault.prototype);
  }
};
var TagNotFoundFault = class _TagNotFoundFault extends ElastiCacheServiceException {
  name = "TagNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagNotFoundFault.prototype);
  }
};
var AuthorizationNotFoundFault = class _AuthorizationNotFoundFault extends ElastiCacheServiceException {
  name = "AuthorizationNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AuthorizationNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AuthorizationNotFoundFault.prototype);
  }
};
var ReplicationGroupAlreadyUnderMigrationFault = class _ReplicationGroupAlreadyUnderMigrationFault extends ElastiCacheServiceException {
  name = "ReplicationGroupAlreadyUnderMigrationFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplicationGroupAlreadyUnderMigrationFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationGroupAlreadyUnderMigrationFault.prototype);
  }
};
var APICallRateForCustomerExceededFault = class _APICallRateForCustomerExceededFault extends ElastiCacheServiceException {
  name = "APICallRateForCustomerExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "APICallRateForCustomerExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _APICallRateForCustomerExceededFault.prototype);
  }
};
var NodeGroupNotFoundFault = class _NodeGroupNotFoundFault extends ElastiCacheServiceException {
  name = "NodeGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NodeGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NodeGroupNotFoundFault.prototype);
  }
};
var TestFailoverNotAvailableFault = class _TestFailoverNotAvailableFault extends ElastiCacheServiceException {
  name = "TestFailoverNotAvailableFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TestFailoverNotAvailableFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TestFailoverNotAvailableFault.prototype);
  }
};

// node_modules/@aws-sdk/client-elasticache/dist-es/schemas/schemas_0.js
var _A = "Authentication";
var _AAEF = "AuthorizationAlreadyExistsFault";
var _AAS = "AppendAccessString";
var _ACSGI = "AuthorizeCacheSecurityGroupIngress";
var _ACSGIM = "AuthorizeCacheSecurityGroupIngressMessage";
var _ACSGIR = "AuthorizeCacheSecurityGroupIngressResult";
var _AF = "AutomaticFailover";
var _AFE = "AutomaticFailoverEnabled";
var _AFS = "AutomaticFailoverStatus";
var _AI = "ApplyImmediately";
var _AM = "AuthenticationMode";
var _AMVU = "AutoMinorVersionUpgrade";
var _ANFF = "AuthorizationNotFoundFault";
var _ANTMM = "AllowedNodeTypeModificationsMessage";
var _APICRFCEF = "APICallRateForCustomerExceededFault";
var _AREE = "AtRestEncryptionEnabled";
var _ARN = "ARN";
var _AS = "AccessString";
var _AT = "AuthToken";
var _ATE = "AuthTokenEnabled";
var _ATLMD = "AuthTokenLastModifiedDate";
var _ATS = "AuthTokenStatus";
var _ATTR = "AddTagsToResource";
var _ATTRM = "AddTagsToResourceMessage";
var _ATUS = "AuthTokenUpdateStrategy";
var _AUARABD = "AutoUpdateAfterRecommendedApplyByDate";
var _AV = "AllowedValues";
var _AZ = "AvailabilityZone";
var _AZL = "AvailabilityZonesList";
var _AZM = "AZMode";
var _Ad = "Address";
var _BAUA = "BatchApplyUpdateAction";
var _BAUAM = "BatchApplyUpdateActionMessage";
var _BSUA = "BatchStopUpdateAction";
var _BSUAM = "BatchStopUpdateActionMessage";
var _BUFC = "BytesUsedForCache";
var _CAZ = "CustomerAvailabilityZone";
var _CC = "CacheCluster";
var _CCAEF = "CacheClusterAlreadyExistsFault";
var _CCC = "CreateCacheCluster";
var _CCCM = "CreateCacheClusterMessage";
var _CCCR = "CreateCacheClusterResult";
var _CCCT = "CacheClusterCreateTime";
var _CCI = "CacheClusterIds";
var _CCIa = "CacheClusterId";
var _CCL = "CacheClusterList";
var _CCM = "CacheClusterMessage";
var _CCNFF = "CacheClusterNotFoundFault";
var _CCPG = "CreateCacheParameterGroup";
var _CCPGM = "CreateCacheParameterGroupMessage";
var _CCPGR = "CreateCacheParameterGroupResult";
var _CCS = "CacheClusterStatus";
var _CCSG = "CreateCacheSecurityGroup";
var _CCSGM = "CreateCacheSecurityGroupMessage";
var _CCSGMr = "CreateCacheSubnetGroupMessage";
var _CCSGR = "CreateCacheSecurityGroupResult";
var _CCSGRr = "CreateCacheSubnetGroupResult";
var _CCSGr = "CreateCacheSubnetGroup";
var _CCa = "CacheClusters";
var _CDLP = "ClientDownloadLandingPage";
var _CE = "ConfigurationEndpoint";
var _CED = "CacheEngineDescription";
var _CEV = "CacheEngineVersion";
var _CEVD = "CacheEngineVersionDescription";
var _CEVL = "CacheEngineVersionList";
var _CEVM = "CacheEngineVersionMessage";
var _CEVa = "CacheEngineVersions";
var _CEl = "ClusterEnabled";
var _CGRG = "CreateGlobalReplicationGroup";
var _CGRGM = "CreateGlobalReplicationGroupMessage";
var _CGRGR = "CreateGlobalReplicationGroupResult";
var _CI = "ClusterId";
var _CIL = "ClusterIdList";
var _CM = "ClusterMode";
var _CMM = "CompleteMigrationMessage";
var _CMR = "CompleteMigrationResponse";
var _CMo = "CompleteMigration";
var _CN = "CacheNodes";
var _CNC = "CacheNodeCount";
var _CNCT = "CacheNodeCreateTime";
var _CNE = "CustomerNodeEndpoint";
var _CNEL = "CustomerNodeEndpointList";
var _CNI = "CacheNodeId";
var _CNIL = "CacheNodeIdsList";
var _CNITR = "CacheNodeIdsToReboot";
var _CNITRa = "CacheNodeIdsToRemove";
var _CNL = "CacheNodeList";
var _CNS = "CacheNodeStatus";
var _CNT = "CacheNodeType";
var _CNTSP = "CacheNodeTypeSpecificParameter";
var _CNTSPL = "CacheNodeTypeSpecificParametersList";
var _CNTSPa = "CacheNodeTypeSpecificParameters";
var _CNTSV = "CacheNodeTypeSpecificValues";
var _CNTSVL = "CacheNodeTypeSpecificValueList";
var _CNTSVa = "CacheNodeTypeSpecificValue";
var _CNUS = "CacheNodeUpdateStatus";
var _CNUSL = "CacheNodeUpdateStatusList";
var _CNa = "CacheNode";
var _COA = "CustomerOutpostArn";
var _CPG = "CacheParameterGroup";
var _CPGAEF = "CacheParameterGroupAlreadyExistsFault";
var _CPGD = "CacheParameterGroupDetails";
var _CPGF = "CacheParameterGroupFamily";
var _CPGL = "CacheParameterGroupList";
var _CPGM = "CacheParameterGroupsMessage";
var _CPGN = "CacheParameterGroupName";
var _CPGNFF = "CacheParameterGroupNotFoundFault";
var _CPGNM = "CacheParameterGroupNameMessage";
var _CPGQEF = "CacheParameterGroupQuotaExceededFault";
var _CPGS = "CacheParameterGroupStatus";
var _CPGa = "CacheParameterGroups";
var _CQFCEF = "ClusterQuotaForCustomerExceededFault";
var _CR = "CurrentRole";
var _CRG = "CreateReplicationGroup";
var _CRGM = "CreateReplicationGroupMessage";
var _CRGR = "CreateReplicationGroupResult";
var _CS = "ConfigureShard";
var _CSC = "CreateServerlessCache";
var _CSCR = "CreateServerlessCacheRequest";
var _CSCRr = "CreateServerlessCacheResponse";
var _CSCS = "CopyServerlessCacheSnapshot";
var _CSCSR = "CopyServerlessCacheSnapshotRequest";
var _CSCSRo = "CopyServerlessCacheSnapshotResponse";
var _CSCSRr = "CreateServerlessCacheSnapshotRequest";
var _CSCSRre = "CreateServerlessCacheSnapshotResponse";
var _CSCSr = "CreateServerlessCacheSnapshot";
var _CSG = "CacheSecurityGroup";
var _CSGAEF = "CacheSecurityGroupAlreadyExistsFault";
var _CSGAEFa = "CacheSubnetGroupAlreadyExistsFault";
var _CSGD = "CacheSubnetGroupDescription";
var _CSGIU = "CacheSubnetGroupInUse";
var _CSGM = "CacheSecurityGroupMembership";
var _CSGML = "CacheSecurityGroupMembershipList";
var _CSGMa = "CacheSecurityGroupMessage";
var _CSGMac = "CacheSubnetGroupMessage";
var _CSGN = "CacheSecurityGroupName";
var _CSGNFF = "CacheSecurityGroupNotFoundFault";
var _CSGNFFa = "CacheSubnetGroupNotFoundFault";
var _CSGNL = "CacheSecurityGroupNameList";
var _CSGNa = "CacheSubnetGroupName";
var _CSGNac = "CacheSecurityGroupNames";
var _CSGQEF = "CacheSecurityGroupQuotaExceededFault";
var _CSGQEFa = "CacheSubnetGroupQuotaExceededFault";
var _CSGa = "CacheSecurityGroups";
var _CSGac = "CacheSubnetGroup";
var _CSGach = "CacheSubnetGroups";
var _CSM = "CopySnapshotMessage";
var _CSMr = "CreateSnapshotMessage";
var _CSQEF = "CacheSubnetQuotaExceededFault";
var _CSR = "CopySnapshotResult";
var _CSRr = "CreateSnapshotResult";
var _CSa = "CacheSize";
var _CSo = "CopySnapshot";
var _CSr = "CreateSnapshot";
var _CT = "ChangeType";
var _CTr = "CreateTime";
var _CU = "CreateUser";
var _CUG = "CreateUserGroup";
var _CUGM = "CreateUserGroupMessage";
var _CUL = "CacheUsageLimits";
var _CUM = "CreateUserMessage";
var _CWLD = "CloudWatchLogsDetails";
var _CWLDD = "CloudWatchLogsDestinationDetails";
var _D = "Description";
var _DCC = "DeleteCacheCluster";
var _DCCM = "DeleteCacheClusterMessage";
var _DCCMe = "DescribeCacheClustersMessage";
var _DCCR = "DeleteCacheClusterResult";
var _DCCe = "DescribeCacheClusters";
var _DCEV = "DescribeCacheEngineVersions";
var _DCEVM = "DescribeCacheEngineVersionsMessage";
var _DCP = "DescribeCacheParameters";
var _DCPG = "DeleteCacheParameterGroup";
var _DCPGM = "DeleteCacheParameterGroupMessage";
var _DCPGMe = "DescribeCacheParameterGroupsMessage";
var _DCPGe = "DescribeCacheParameterGroups";
var _DCPM = "DescribeCacheParametersMessage";
var _DCSG = "DeleteCacheSecurityGroup";
var _DCSGM = "DeleteCacheSecurityGroupMessage";
var _DCSGMe = "DeleteCacheSubnetGroupMessage";
var _DCSGMes = "DescribeCacheSecurityGroupsMessage";
var _DCSGMesc = "DescribeCacheSubnetGroupsMessage";
var _DCSGe = "DeleteCacheSubnetGroup";
var _DCSGes = "DescribeCacheSecurityGroups";
var _DCSGesc = "DescribeCacheSubnetGroups";
var _DD = "DestinationDetails";
var _DE = "DescribeEvents";
var _DEDP = "DescribeEngineDefaultParameters";
var _DEDPM = "DescribeEngineDefaultParametersMessage";
var _DEDPR = "DescribeEngineDefaultParametersResult";
var _DEM = "DescribeEventsMessage";
var _DGRG = "DeleteGlobalReplicationGroup";
var _DGRGM = "DeleteGlobalReplicationGroupMessage";
var _DGRGMe = "DescribeGlobalReplicationGroupsMessage";
var _DGRGMi = "DisassociateGlobalReplicationGroupMessage";
var _DGRGR = "DeleteGlobalReplicationGroupResult";
var _DGRGRe = "DescribeGlobalReplicationGroupsResult";
var _DGRGRi = "DisassociateGlobalReplicationGroupResult";
var _DGRGe = "DescribeGlobalReplicationGroups";
var _DGRGi = "DisassociateGlobalReplicationGroup";
var _DNGIGRG = "DecreaseNodeGroupsInGlobalReplicationGroup";
var _DNGIGRGM = "DecreaseNodeGroupsInGlobalReplicationGroupMessage";
var _DNGIGRGR = "DecreaseNodeGroupsInGlobalReplicationGroupResult";
var _DO = "DefaultOnly";
var _DRC = "DecreaseReplicaCount";
var _DRCM = "DecreaseReplicaCountMessage";
var _DRCN = "DescribeReservedCacheNodes";
var _DRCNM = "DescribeReservedCacheNodesMessage";
var _DRCNO = "DescribeReservedCacheNodesOfferings";
var _DRCNOM = "DescribeReservedCacheNodesOfferingsMessage";
var _DRCR = "DecreaseReplicaCountResult";
var _DRG = "DeleteReplicationGroup";
var _DRGM = "DeleteReplicationGroupMessage";
var _DRGMe = "DescribeReplicationGroupsMessage";
var _DRGR = "DeleteReplicationGroupResult";
var _DRGe = "DescribeReplicationGroups";
var _DS = "DataStorage";
var _DSC = "DeleteServerlessCache";
var _DSCR = "DeleteServerlessCacheRequest";
var _DSCRe = "DeleteServerlessCacheResponse";
var _DSCRes = "DescribeServerlessCachesRequest";
var _DSCResc = "DescribeServerlessCachesResponse";
var _DSCS = "DeleteServerlessCacheSnapshot";
var _DSCSR = "DeleteServerlessCacheSnapshotRequest";
var _DSCSRe = "DeleteServerlessCacheSnapshotResponse";
var _DSCSRes = "DescribeServerlessCacheSnapshotsRequest";
var _DSCSResc = "DescribeServerlessCacheSnapshotsResponse";
var _DSCSe = "DescribeServerlessCacheSnapshots";
var _DSCe = "DescribeServerlessCaches";
var _DSLM = "DescribeSnapshotsListMessage";
var _DSM = "DeleteSnapshotMessage";
var _DSMe = "DescribeSnapshotsMessage";
var _DSR = "DeleteSnapshotResult";
var _DST = "DailySnapshotTime";
var _DSU = "DescribeServiceUpdates";
var _DSUM = "DescribeServiceUpdatesMessage";
var _DSe = "DeliveryStream";
var _DSel = "DeleteSnapshot";
var _DSes = "DescribeSnapshots";
var _DT = "DataType";
var _DTE = "DataTieringEnabled";
var _DTa = "DataTiering";
var _DTe = "DestinationType";
var _DU = "DeleteUser";
var _DUA = "DescribeUpdateActions";
var _DUAM = "DescribeUpdateActionsMessage";
var _DUATUGF = "DefaultUserAssociatedToUserGroupFault";
var _DUG = "DeleteUserGroup";
var _DUGM = "DeleteUserGroupMessage";
var _DUGMe = "DescribeUserGroupsMessage";
var _DUGR = "DescribeUserGroupsResult";
var _DUGe = "DescribeUserGroups";
var _DUM = "DeleteUserMessage";
var _DUMe = "DescribeUsersMessage";
var _DUNF = "DuplicateUserNameFault";
var _DUR = "DefaultUserRequired";
var _DURe = "DescribeUsersResult";
var _DUe = "DescribeUsers";
var _Da = "Date";
var _Du = "Durability";
var _Dur = "Duration";
var _E = "Engine";
var _ECPUPS = "ECPUPerSecond";
var _ECSG = "EC2SecurityGroups";
var _ECSGL = "EC2SecurityGroupList";
var _ECSGN = "EC2SecurityGroupName";
var _ECSGOI = "EC2SecurityGroupOwnerId";
var _ECSGe = "EC2SecurityGroup";
var _ED = "EngineDefaults";
var _EDf = "EffectiveDurability";
var _EL = "EventList";
var _EM = "EventsMessage";
var _EMr = "ErrorMessage";
var _ESCS = "ExportServerlessCacheSnapshot";
var _ESCSR = "ExportServerlessCacheSnapshotRequest";
var _ESCSRx = "ExportServerlessCacheSnapshotResponse";
var _ET = "EndTime";
var _ETr = "ErrorType";
var _ETx = "ExpiryTime";
var _EUT = "EstimatedUpdateTime";
var _EV = "EngineVersion";
var _En = "Endpoint";
var _Ena = "Enabled";
var _Ev = "Event";
var _Eve = "Events";
var _F = "Force";
var _FEV = "FullEngineVersion";
var _FGRG = "FailoverGlobalReplicationGroup";
var _FGRGM = "FailoverGlobalReplicationGroupMessage";
var _FGRGR = "FailoverGlobalReplicationGroupResult";
var _FL = "FilterList";
var _FP = "FixedPrice";
var _FSI = "FinalSnapshotIdentifier";
var _FSN = "FinalSnapshotName";
var _Fi = "Filters";
var _Fil = "Filter";
var _GNG = "GlobalNodeGroup";
var _GNGI = "GlobalNodeGroupId";
var _GNGIL = "GlobalNodeGroupIdList";
var _GNGL = "GlobalNodeGroupList";
var _GNGTR = "GlobalNodeGroupsToRemove";
var _GNGTRl = "GlobalNodeGroupsToRetain";
var _GNGl = "GlobalNodeGroups";
var _GRG = "GlobalReplicationGroup";
var _GRGAEF = "GlobalReplicationGroupAlreadyExistsFault";
var _GRGD = "GlobalReplicationGroupDescription";
var _GRGI = "GlobalReplicationGroupId";
var _GRGIS = "GlobalReplicationGroupIdSuffix";
var _GRGIl = "GlobalReplicationGroupInfo";
var _GRGL = "GlobalReplicationGroupList";
var _GRGM = "GlobalReplicationGroupMember";
var _GRGML = "GlobalReplicationGroupMemberList";
var _GRGMR = "GlobalReplicationGroupMemberRole";
var _GRGNFF = "GlobalReplicationGroupNotFoundFault";
var _GRGl = "GlobalReplicationGroups";
var _IARNF = "InvalidARNFault";
var _ICCCF = "InsufficientCacheClusterCapacityFault";
var _ICCSF = "InvalidCacheClusterStateFault";
var _ICE = "InvalidCredentialsException";
var _ICPGSF = "InvalidCacheParameterGroupStateFault";
var _ICSGSF = "InvalidCacheSecurityGroupStateFault";
var _ID = "IpDiscovery";
var _IG = "IsGlobal";
var _IGRGSF = "InvalidGlobalReplicationGroupStateFault";
var _IKMSKF = "InvalidKMSKeyFault";
var _IM = "IsModifiable";
var _INGIGRG = "IncreaseNodeGroupsInGlobalReplicationGroup";
var _INGIGRGM = "IncreaseNodeGroupsInGlobalReplicationGroupMessage";
var _INGIGRGR = "IncreaseNodeGroupsInGlobalReplicationGroupResult";
var _IPCE = "InvalidParameterCombinationException";
var _IPVE = "InvalidParameterValueException";
var _IRC = "IncreaseReplicaCount";
var _IRCM = "IncreaseReplicaCountMessage";
var _IRCR = "IncreaseReplicaCountResult";
var _IRGSF = "InvalidReplicationGroupStateFault";
var _IS = "InvalidSubnet";
var _ISCSF = "InvalidServerlessCacheStateFault";
var _ISCSSF = "InvalidServerlessCacheSnapshotStateFault";
var _ISSF = "InvalidSnapshotStateFault";
var _IUGSF = "InvalidUserGroupStateFault";
var _IUSF = "InvalidUserStateFault";
var _IVPCNSF = "InvalidVPCNetworkStateFault";
var _K = "Key";
var _KFD = "KinesisFirehoseDetails";
var _KFDD = "KinesisFirehoseDestinationDetails";
var _KKI = "KmsKeyId";
var _LANTM = "ListAllowedNodeTypeModifications";
var _LANTMM = "ListAllowedNodeTypeModificationsMessage";
var _LDC = "LogDeliveryConfigurations";
var _LDCL = "LogDeliveryConfigurationList";
var _LDCR = "LogDeliveryConfigurationRequest";
var _LDCRL = "LogDeliveryConfigurationRequestList";
var _LDCo = "LogDeliveryConfiguration";
var _LF = "LogFormat";
var _LG = "LogGroup";
var _LT = "LogType";
var _LTFR = "ListTagsForResource";
var _LTFRM = "ListTagsForResourceMessage";
var _M = "Marker";
var _MAZ = "MultiAZ";
var _MAZE = "MultiAZEnabled";
var _MC = "MemberClusters";
var _MCC = "ModifyCacheCluster";
var _MCCM = "ModifyCacheClusterMessage";
var _MCCR = "ModifyCacheClusterResult";
var _MCOA = "MemberClustersOutpostArns";
var _MCPG = "ModifyCacheParameterGroup";
var _MCPGM = "ModifyCacheParameterGroupMessage";
var _MCSG = "ModifyCacheSubnetGroup";
var _MCSGM = "ModifyCacheSubnetGroupMessage";
var _MCSGR = "ModifyCacheSubnetGroupResult";
var _MEV = "MinimumEngineVersion";
var _MEVa = "MajorEngineVersion";
var _MGRG = "ModifyGlobalReplicationGroup";
var _MGRGM = "ModifyGlobalReplicationGroupMessage";
var _MGRGR = "ModifyGlobalReplicationGroupResult";
var _MR = "MaxRecords";
var _MRG = "ModifyReplicationGroup";
var _MRGM = "ModifyReplicationGroupMessage";
var _MRGR = "ModifyReplicationGroupResult";
var _MRGSC = "ModifyReplicationGroupShardConfiguration";
var _MRGSCM = "ModifyReplicationGroupShardConfigurationMessage";
var _MRGSCR = "ModifyReplicationGroupShardConfigurationResult";
var _MRa = "MaxResults";
var _MSC = "ModifyServerlessCache";
var _MSCR = "ModifyServerlessCacheRequest";
var _MSCRo = "ModifyServerlessCacheResponse";
var _MU = "ModifyUser";
var _MUG = "ModifyUserGroup";
var _MUGM = "ModifyUserGroupMessage";
var _MUM = "ModifyUserMessage";
var _Ma = "Maximum";
var _Me = "Message";
var _Mem = "Members";
var _Mi = "Minimum";
var _N = "Name";
var _NAZ = "NewAvailabilityZones";
var _NC = "NotificationConfiguration";
var _NCC = "NumCacheClusters";
var _NCN = "NumCacheNodes";
var _NDD = "NodeDeletionDate";
var _NG = "NodeGroup";
var _NGC = "NodeGroupConfiguration";
var _NGCL = "NodeGroupConfigurationList";
var _NGCo = "NodeGroupCount";
var _NGI = "NodeGroupId";
var _NGL = "NodeGroupList";
var _NGM = "NodeGroupMembers";
var _NGML = "NodeGroupMemberList";
var _NGMUS = "NodeGroupMemberUpdateStatus";
var _NGMUSL = "NodeGroupMemberUpdateStatusList";
var _NGMo = "NodeGroupMember";
var _NGNFF = "NodeGroupNotFoundFault";
var _NGPRGQEF = "NodeGroupsPerReplicationGroupQuotaExceededFault";
var _NGTR = "NodeGroupsToRemove";
var _NGTRL = "NodeGroupsToRemoveList";
var _NGTRLo = "NodeGroupsToRetainList";
var _NGTRo = "NodeGroupsToRetain";
var _NGTRod = "NodeGroupToRemove";
var _NGTRode = "NodeGroupToRetain";
var _NGUS = "NodeGroupUpdateStatus";
var _NGUSL = "NodeGroupUpdateStatusList";
var _NGo = "NodeGroups";
var _NNG = "NumNodeGroups";
var _NOF = "NoOperationFault";
var _NPR = "NoPasswordRequired";
var _NQFCEF = "NodeQuotaForClusterExceededFault";
var _NQFCEFo = "NodeQuotaForCustomerExceededFault";
var _NRC = "NewReplicaCount";
var _NS = "NodeSnapshot";
var _NSL = "NodeSnapshotList";
var _NSo = "NodeSnapshots";
var _NT = "NetworkType";
var _NTA = "NotificationTopicArn";
var _NTS = "NotificationTopicStatus";
var _NTe = "NextToken";
var _NU = "NodesUpdated";
var _NUED = "NodeUpdateEndDate";
var _NUIB = "NodeUpdateInitiatedBy";
var _NUID = "NodeUpdateInitiatedDate";
var _NUS = "NodeUpdateStatus";
var _NUSD = "NodeUpdateStartDate";
var _NUSMD = "NodeUpdateStatusModifiedDate";
var _OA = "OutpostArn";
var _OAL = "OutpostArnsList";
var _OI = "OwnerId";
var _OM = "OutpostMode";
var _OT = "OfferingType";
var _P = "Passwords";
var _PAS = "ParameterApplyStatus";
var _PAZ = "PreferredAvailabilityZone";
var _PAZL = "PreferredAvailabilityZoneList";
var _PAZr = "PreferredAvailabilityZones";
var _PAZri = "PrimaryAvailabilityZone";
var _PC = "PasswordCount";
var _PCCAZ = "PreferredCacheClusterAZs";
var _PCI = "PrimaryClusterId";
var _PCe = "PendingChanges";
var _PD = "ProductDescription";
var _PE = "PrimaryEndpoint";
var _PGS = "ParameterGroupStatus";
var _PL = "ParametersList";
var _PLDC = "PendingLogDeliveryConfiguration";
var _PLDCL = "PendingLogDeliveryConfigurationList";
var _PMV = "PendingModifiedValues";
var _PMW = "PreferredMaintenanceWindow";
var _PN = "ParameterName";
var _PNV = "ParameterNameValues";
var _PNVL = "ParameterNameValueList";
var _PNVa = "ParameterNameValue";
var _POA = "PreferredOutpostArn";
var _POAL = "PreferredOutpostArnList";
var _POAr = "PreferredOutpostArns";
var _POAri = "PrimaryOutpostArn";
var _PP = "ProgressPercentage";
var _PR = "PrimaryRegion";
var _PRCNO = "PurchaseReservedCacheNodesOffering";
var _PRCNOM = "PurchaseReservedCacheNodesOfferingMessage";
var _PRCNOR = "PurchaseReservedCacheNodesOfferingResult";
var _PRGI = "PrimaryReplicationGroupId";
var _PUA = "ProcessedUpdateAction";
var _PUAL = "ProcessedUpdateActionList";
var _PUAr = "ProcessedUpdateActions";
var _PV = "ParameterValue";
var _Pa = "Parameters";
var _Par = "Parameter";
var _Po = "Port";
var _R = "Role";
var _RAP = "ResetAllParameters";
var _RARN = "ReservationARN";
var _RAZ = "ReplicaAvailabilityZones";
var _RC = "ReplicaConfiguration";
var _RCA = "RecurringChargeAmount";
var _RCC = "RebootCacheCluster";
var _RCCM = "RebootCacheClusterMessage";
var _RCCR = "RebootCacheClusterResult";
var _RCF = "RecurringChargeFrequency";
var _RCL = "RecurringChargeList";
var _RCLe = "RegionalConfigurationList";
var _RCLep = "ReplicaConfigurationList";
var _RCLes = "ReshardingConfigurationList";
var _RCN = "ReservedCacheNode";
var _RCNAEF = "ReservedCacheNodeAlreadyExistsFault";
var _RCNI = "ReservedCacheNodeId";
var _RCNL = "ReservedCacheNodeList";
var _RCNM = "ReservedCacheNodeMessage";
var _RCNNFF = "ReservedCacheNodeNotFoundFault";
var _RCNO = "ReservedCacheNodesOffering";
var _RCNOI = "ReservedCacheNodesOfferingId";
var _RCNOL = "ReservedCacheNodesOfferingList";
var _RCNOM = "ReservedCacheNodesOfferingMessage";
var _RCNONFF = "ReservedCacheNodesOfferingNotFoundFault";
var _RCNOe = "ReservedCacheNodesOfferings";
var _RCNQEF = "ReservedCacheNodeQuotaExceededFault";
var _RCNe = "ReservedCacheNodes";
var _RCPG = "ResetCacheParameterGroup";
var _RCPGM = "ResetCacheParameterGroupMessage";
var _RCSGI = "RevokeCacheSecurityGroupIngress";
var _RCSGIM = "RevokeCacheSecurityGroupIngressMessage";
var _RCSGIR = "RevokeCacheSecurityGroupIngressResult";
var _RCe = "RegionalConfigurations";
var _RCec = "RecurringCharge";
var _RCecu = "RecurringCharges";
var _RCeg = "RegionalConfiguration";
var _RCep = "ReplicaCount";
var _RCes = "ReshardingConfiguration";
var _RE = "ReaderEndpoint";
var _REe = "ReadEndpoint";
var _RG = "ReplicationGroup";
var _RGAEF = "ReplicationGroupAlreadyExistsFault";
var _RGAUMF = "ReplicationGroupAlreadyUnderMigrationFault";
var _RGCT = "ReplicationGroupCreateTime";
var _RGD = "ReplicationGroupDescription";
var _RGI = "ReplicationGroupIds";
var _RGIe = "ReplicationGroupId";
var _RGL = "ReplicationGroupList";
var _RGLDE = "ReplicationGroupLogDeliveryEnabled";
var _RGM = "ReplicationGroupMessage";
var _RGNFF = "ReplicationGroupNotFoundFault";
var _RGNUMF = "ReplicationGroupNotUnderMigrationFault";
var _RGOA = "ReplicationGroupOutpostArn";
var _RGOAL = "ReplicationGroupOutpostArnList";
var _RGPMV = "ReplicationGroupPendingModifiedValues";
var _RGR = "ReplicationGroupRegion";
var _RGe = "ReplicationGroups";
var _RN = "ResourceName";
var _ROA = "ReplicaOutpostArns";
var _RPC = "RetainPrimaryCluster";
var _RPNG = "ReplicasPerNodeGroup";
var _RPRG = "RetainPrimaryReplicationGroup";
var _RS = "ReshardingStatus";
var _RSIGRG = "RebalanceSlotsInGlobalReplicationGroup";
var _RSIGRGM = "RebalanceSlotsInGlobalReplicationGroupMessage";
var _RSIGRGR = "RebalanceSlotsInGlobalReplicationGroupResult";
var _RTFR = "RemoveTagsFromResource";
var _RTFRM = "RemoveTagsFromResourceMessage";
var _RTR = "ReplicasToRemove";
var _RUG = "RemoveUserGroups";
var _RUGe = "RemoveUserGroup";
var _Re = "Resharding";
var _S = "Source";
var _SA = "SnapshotArns";
var _SAEF = "SnapshotAlreadyExistsFault";
var _SAL = "SnapshotArnsList";
var _SATR = "SnapshotArnsToRestore";
var _SAZ = "SubnetAvailabilityZone";
var _SAn = "SnapshotArn";
var _SBN = "S3BucketName";
var _SC = "ServerlessCache";
var _SCAEF = "ServerlessCacheAlreadyExistsFault";
var _SCC = "ServerlessCacheConfiguration";
var _SCCNIRG = "ShowCacheClustersNotInReplicationGroups";
var _SCI = "SnapshottingClusterId";
var _SCL = "ServerlessCacheList";
var _SCN = "ServerlessCacheName";
var _SCNFF = "ServerlessCacheNotFoundFault";
var _SCNI = "SourceCacheNodeId";
var _SCNIh = "ShowCacheNodeInfo";
var _SCQFCEF = "ServerlessCacheQuotaForCustomerExceededFault";
var _SCS = "ServerlessCacheSnapshot";
var _SCSAEF = "ServerlessCacheSnapshotAlreadyExistsFault";
var _SCSL = "ServerlessCacheSnapshotList";
var _SCSN = "ServerlessCacheSnapshotName";
var _SCSNFF = "ServerlessCacheSnapshotNotFoundFault";
var _SCSQEF = "ServerlessCacheSnapshotQuotaExceededFault";
var _SCSe = "ServerlessCacheSnapshots";
var _SCT = "SnapshotCreateTime";
var _SCc = "ScaleConfig";
var _SCe = "ServerlessCaches";
var _SDM = "ScaleDownModifications";
var _SET = "StorageEncryptionType";
var _SFNSF = "SnapshotFeatureNotSupportedFault";
var _SG = "SecurityGroups";
var _SGI = "SecurityGroupIds";
var _SGIL = "SecurityGroupIdsList";
var _SGIe = "SecurityGroupId";
var _SGM = "SecurityGroupMembership";
var _SGML = "SecurityGroupMembershipList";
var _SI = "SubnetIds";
var _SIL = "SubnetIdentifierList";
var _SILu = "SubnetIdsList";
var _SIM = "ScaleIntervalMinutes";
var _SIU = "SubnetInUse";
var _SIo = "SourceIdentifier";
var _SIu = "SubnetIdentifier";
var _SIub = "SubnetId";
var _SL = "SnapshotList";
var _SLRNFF = "ServiceLinkedRoleNotFoundFault";
var _SLu = "SubnetList";
var _SM = "SlotMigration";
var _SMI = "ShowMemberInfo";
var _SMM = "StartMigrationMessage";
var _SMR = "StartMigrationResponse";
var _SMl = "SlaMet";
var _SMt = "StartMigration";
var _SN = "SnapshotName";
var _SNAF = "SubnetNotAllowedFault";
var _SNFF = "SnapshotNotFoundFault";
var _SNGC = "ShowNodeGroupConfig";
var _SNLUS = "ShowNodeLevelUpdateStatus";
var _SNT = "SupportedNetworkTypes";
var _SO = "SubnetOutpost";
var _SOA = "SubnetOutpostArn";
var _SP = "ScalePercentage";
var _SQEF = "SnapshotQuotaExceededFault";
var _SRL = "SnapshotRetentionLimit";
var _SS = "SnapshotSource";
var _SSCSN = "SourceServerlessCacheSnapshotName";
var _SSN = "SourceSnapshotName";
var _SSn = "SnapshotStatus";
var _ST = "SourceType";
var _STn = "SnapshotType";
var _STt = "StartTime";
var _SU = "ServiceUpdate";
var _SUD = "ServiceUpdateDescription";
var _SUED = "ServiceUpdateEndDate";
var _SUL = "ServiceUpdateList";
var _SUM = "ScaleUpModifications";
var _SUMe = "ServiceUpdatesMessage";
var _SUN = "ServiceUpdateName";
var _SUNFF = "ServiceUpdateNotFoundFault";
var _SURABD = "ServiceUpdateRecommendedApplyByDate";
var _SURD = "ServiceUpdateReleaseDate";
var _SUS = "ServiceUpdateStatus";
var _SUSe = "ServiceUpdateSeverity";
var _SUT = "ServiceUpdateType";
var _SUTR = "ServiceUpdateTimeRange";
var _SUe = "ServiceUpdates";
var _SW = "SnapshotWindow";
var _Sl = "Slots";
var _Sn = "Snapshot";
var _Sna = "Snapshots";
var _St = "Status";
var _Sta = "State";
var _Su = "Subnets";
var _Sub = "Subnet";
var _T = "Tags";
var _TA = "TopicArn";
var _TB = "TargetBucket";
var _TEE = "TransitEncryptionEnabled";
var _TEM = "TransitEncryptionMode";
var _TF = "TestFailover";
var _TFM = "TestFailoverMessage";
var _TFNAF = "TestFailoverNotAvailableFault";
var _TFR = "TestFailoverResult";
var _TK = "TagKeys";
var _TL = "TagList";
var _TLM = "TagListMessage";
var _TM = "TestMigration";
var _TMM = "TestMigrationMessage";
var _TMR = "TestMigrationResponse";
var _TNFF = "TagNotFoundFault";
var _TQPRE = "TagQuotaPerResourceExceeded";
var _TRF = "TimeRangeFilter";
var _TS = "TopicStatus";
var _TSCSN = "TargetServerlessCacheSnapshotName";
var _TSN = "TargetSnapshotName";
var _Ta = "Tag";
var _Ty = "Type";
var _U = "Unit";
var _UA = "UpdateAction";
var _UAAD = "UpdateActionAvailableDate";
var _UAEF = "UserAlreadyExistsFault";
var _UAL = "UpdateActionList";
var _UAM = "UpdateActionsMessage";
var _UARM = "UpdateActionResultsMessage";
var _UAS = "UpdateActionStatus";
var _UASMD = "UpdateActionStatusModifiedDate";
var _UAp = "UpdateActions";
var _UG = "UserGroups";
var _UGAEF = "UserGroupAlreadyExistsFault";
var _UGI = "UserGroupIds";
var _UGITA = "UserGroupIdsToAdd";
var _UGITR = "UserGroupIdsToRemove";
var _UGIs = "UserGroupId";
var _UGL = "UserGroupList";
var _UGNFF = "UserGroupNotFoundFault";
var _UGPC = "UserGroupPendingChanges";
var _UGQEF = "UserGroupQuotaExceededFault";
var _UGUS = "UserGroupsUpdateStatus";
var _UGs = "UserGroup";
var _UI = "UserIds";
var _UITA = "UserIdsToAdd";
var _UITR = "UserIdsToRemove";
var _UIs = "UserId";
var _UL = "UserList";
var _UN = "UserName";
var _UNFF = "UserNotFoundFault";
var _UP = "UsagePrice";
var _UQEF = "UserQuotaExceededFault";
var _UUA = "UnprocessedUpdateAction";
var _UUAL = "UnprocessedUpdateActionList";
var _UUAn = "UnprocessedUpdateActions";
var _Us = "Users";
var _Use = "User";
var _V = "Value";
var _VI = "VpcId";
var _Va = "Values";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.elasticache";
var _xN = "xmlName";
var n0 = "com.amazonaws.elasticache";
var _s_registry = TypeRegistry.for(_s);
var ElastiCacheServiceException$ = [-3, _s, "ElastiCacheServiceException", 0, [], []];
_s_registry.registerError(ElastiCacheServiceException$, ElastiCacheServiceException);
var n0_registry = TypeRegistry.for(n0);
var APICallRateForCustomerExceededFault$ = [
  -3,
  n0,
  _APICRFCEF,
  { [_aQE]: [`APICallRateForCustomerExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(APICallRateForCustomerExceededFault$, APICallRateForCustomerExceededFault);
var AuthorizationAlreadyExistsFault$ = [
  -3,
  n0,
  _AAEF,
  { [_aQE]: [`AuthorizationAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(AuthorizationAlreadyExistsFault$, AuthorizationAlreadyExistsFault);
var AuthorizationNotFoundFault$ = [
  -3,
  n0,
  _ANFF,
  { [_aQE]: [`AuthorizationNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(AuthorizationNotFoundFault$, AuthorizationNotFoundFault);
var CacheClusterAlreadyExistsFault$ = [
  -3,
  n0,
  _CCAEF,
  { [_aQE]: [`CacheClusterAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheClusterAlreadyExistsFault$, CacheClusterAlreadyExistsFault);
var CacheClusterNotFoundFault$ = [
  -3,
  n0,
  _CCNFF,
  { [_aQE]: [`CacheClusterNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CacheClusterNotFoundFault$, CacheClusterNotFoundFault);
var CacheParameterGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _CPGAEF,
  { [_aQE]: [`CacheParameterGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheParameterGroupAlreadyExistsFault$, CacheParameterGroupAlreadyExistsFault);
var CacheParameterGroupNotFoundFault$ = [
  -3,
  n0,
  _CPGNFF,
  { [_aQE]: [`CacheParameterGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CacheParameterGroupNotFoundFault$, CacheParameterGroupNotFoundFault);
var CacheParameterGroupQuotaExceededFault$ = [
  -3,
  n0,
  _CPGQEF,
  { [_aQE]: [`CacheParameterGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheParameterGroupQuotaExceededFault$, CacheParameterGroupQuotaExceededFault);
var CacheSecurityGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _CSGAEF,
  { [_aQE]: [`CacheSecurityGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheSecurityGroupAlreadyExistsFault$, CacheSecurityGroupAlreadyExistsFault);
var CacheSecurityGroupNotFoundFault$ = [
  -3,
  n0,
  _CSGNFF,
  { [_aQE]: [`CacheSecurityGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CacheSecurityGroupNotFoundFault$, CacheSecurityGroupNotFoundFault);
var CacheSecurityGroupQuotaExceededFault$ = [
  -3,
  n0,
  _CSGQEF,
  { [_aQE]: [`QuotaExceeded.CacheSecurityGroup`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheSecurityGroupQuotaExceededFault$, CacheSecurityGroupQuotaExceededFault);
var CacheSubnetGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _CSGAEFa,
  { [_aQE]: [`CacheSubnetGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheSubnetGroupAlreadyExistsFault$, CacheSubnetGroupAlreadyExistsFault);
var CacheSubnetGroupInUse$ = [
  -3,
  n0,
  _CSGIU,
  { [_aQE]: [`CacheSubnetGroupInUse`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheSubnetGroupInUse$, CacheSubnetGroupInUse);
var CacheSubnetGroupNotFoundFault$ = [
  -3,
  n0,
  _CSGNFFa,
  { [_aQE]: [`CacheSubnetGroupNotFoundFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheSubnetGroupNotFoundFault$, CacheSubnetGroupNotFoundFault);
var CacheSubnetGroupQuotaExceededFault$ = [
  -3,
  n0,
  _CSGQEFa,
  { [_aQE]: [`CacheSubnetGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheSubnetGroupQuotaExceededFault$, CacheSubnetGroupQuotaExceededFault);
var CacheSubnetQuotaExceededFault$ = [
  -3,
  n0,
  _CSQEF,
  { [_aQE]: [`CacheSubnetQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CacheSubnetQuotaExceededFault$, CacheSubnetQuotaExceededFault);
var ClusterQuotaForCustomerExceededFault$ = [
  -3,
  n0,
  _CQFCEF,
  { [_aQE]: [`ClusterQuotaForCustomerExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ClusterQuotaForCustomerExceededFault$, ClusterQuotaForCustomerExceededFault);
var DefaultUserAssociatedToUserGroupFault$ = [
  -3,
  n0,
  _DUATUGF,
  { [_aQE]: [`DefaultUserAssociatedToUserGroup`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DefaultUserAssociatedToUserGroupFault$, DefaultUserAssociatedToUserGroupFault);
var DefaultUserRequired$ = [
  -3,
  n0,
  _DUR,
  { [_aQE]: [`DefaultUserRequired`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DefaultUserRequired$, DefaultUserRequired);
var DuplicateUserNameFault$ = [
  -3,
  n0,
  _DUNF,
  { [_aQE]: [`DuplicateUserName`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DuplicateUserNameFault$, DuplicateUserNameFault);
var GlobalReplicationGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _GRGAEF,
  { [_aQE]: [`GlobalReplicationGroupAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(GlobalReplicationGroupAlreadyExistsFault$, GlobalReplicationGroupAlreadyExistsFault);
var GlobalReplicationGroupNotFoundFault$ = [
  -3,
  n0,
  _GRGNFF,
  { [_aQE]: [`GlobalReplicationGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(GlobalReplicationGroupNotFoundFault$, GlobalReplicationGroupNotFoundFault);
var InsufficientCacheClusterCapacityFault$ = [
  -3,
  n0,
  _ICCCF,
  { [_aQE]: [`InsufficientCacheClusterCapacity`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientCacheClusterCapacityFault$, InsufficientCacheClusterCapacityFault);
var InvalidARNFault$ = [
  -3,
  n0,
  _IARNF,
  { [_aQE]: [`InvalidARN`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidARNFault$, InvalidARNFault);
var InvalidCacheClusterStateFault$ = [
  -3,
  n0,
  _ICCSF,
  { [_aQE]: [`InvalidCacheClusterState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCacheClusterStateFault$, InvalidCacheClusterStateFault);
var InvalidCacheParameterGroupStateFault$ = [
  -3,
  n0,
  _ICPGSF,
  { [_aQE]: [`InvalidCacheParameterGroupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCacheParameterGroupStateFault$, InvalidCacheParameterGroupStateFault);
var InvalidCacheSecurityGroupStateFault$ = [
  -3,
  n0,
  _ICSGSF,
  { [_aQE]: [`InvalidCacheSecurityGroupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCacheSecurityGroupStateFault$, InvalidCacheSecurityGroupStateFault);
var InvalidCredentialsException$ = [
  -3,
  n0,
  _ICE,
  { [_aQE]: [`InvalidCredentialsException`, 408], [_e]: _c, [_hE]: 408 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCredentialsException$, InvalidCredentialsException);
var InvalidGlobalReplicationGroupStateFault$ = [
  -3,
  n0,
  _IGRGSF,
  { [_aQE]: [`InvalidGlobalReplicationGroupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidGlobalReplicationGroupStateFault$, InvalidGlobalReplicationGroupStateFault);
var InvalidKMSKeyFault$ = [
  -3,
  n0,
  _IKMSKF,
  { [_aQE]: [`InvalidKMSKeyFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKMSKeyFault$, InvalidKMSKeyFault);
var InvalidParameterCombinationException$ = [
  -3,
  n0,
  _IPCE,
  { [_aQE]: [`InvalidParameterCombination`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_aQE]: [`InvalidParameterValue`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidReplicationGroupStateFault$ = [
  -3,
  n0,
  _IRGSF,
  { [_aQE]: [`InvalidReplicationGroupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidReplicationGroupStateFault$, InvalidReplicationGroupStateFault);
var InvalidServerlessCacheSnapshotStateFault$ = [
  -3,
  n0,
  _ISCSSF,
  { [_aQE]: [`InvalidServerlessCacheSnapshotStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidServerlessCacheSnapshotStateFault$, InvalidServerlessCacheSnapshotStateFault);
var InvalidServerlessCacheStateFault$ = [
  -3,
  n0,
  _ISCSF,
  { [_aQE]: [`InvalidServerlessCacheStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidServerlessCacheStateFault$, InvalidServerlessCacheStateFault);
var InvalidSnapshotStateFault$ = [
  -3,
  n0,
  _ISSF,
  { [_aQE]: [`InvalidSnapshotState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSnapshotStateFault$, InvalidSnapshotStateFault);
var InvalidSubnet$ = [
  -3,
  n0,
  _IS,
  { [_aQE]: [`InvalidSubnet`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
var InvalidUserGroupStateFault$ = [
  -3,
  n0,
  _IUGSF,
  { [_aQE]: [`InvalidUserGroupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidUserGroupStateFault$, InvalidUserGroupStateFault);
var InvalidUserStateFault$ = [
  -3,
  n0,
  _IUSF,
  { [_aQE]: [`InvalidUserState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidUserStateFault$, InvalidUserStateFault);
var InvalidVPCNetworkStateFault$ = [
  -3,
  n0,
  _IVPCNSF,
  { [_aQE]: [`InvalidVPCNetworkStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
var NodeGroupNotFoundFault$ = [
  -3,
  n0,
  _NGNFF,
  { [_aQE]: [`NodeGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NodeGroupNotFoundFault$, NodeGroupNotFoundFault);
var NodeGroupsPerReplicationGroupQuotaExceededFault$ = [
  -3,
  n0,
  _NGPRGQEF,
  { [_aQE]: [`NodeGroupsPerReplicationGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(NodeGroupsPerReplicationGroupQuotaExceededFault$, NodeGroupsPerReplicationGroupQuotaExceededFault);
var NodeQuotaForClusterExceededFault$ = [
  -3,
  n0,
  _NQFCEF,
  { [_aQE]: [`NodeQuotaForClusterExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(NodeQuotaForClusterExceededFault$, NodeQuotaForClusterExceededFault);
var NodeQuotaForCustomerExceededFault$ = [
  -3,
  n0,
  _NQFCEFo,
  { [_aQE]: [`NodeQuotaForCustomerExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(NodeQuotaForCustomerExceededFault$, NodeQuotaForCustomerExceededFault);
var NoOperationFault$ = [
  -3,
  n0,
  _NOF,
  { [_aQE]: [`NoOperationFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(NoOperationFault$, NoOperationFault);
var ReplicationGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _RGAEF,
  { [_aQE]: [`ReplicationGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ReplicationGroupAlreadyExistsFault$, ReplicationGroupAlreadyExistsFault);
var ReplicationGroupAlreadyUnderMigrationFault$ = [
  -3,
  n0,
  _RGAUMF,
  { [_aQE]: [`ReplicationGroupAlreadyUnderMigrationFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ReplicationGroupAlreadyUnderMigrationFault$, ReplicationGroupAlreadyUnderMigrationFault);
var ReplicationGroupNotFoundFault$ = [
  -3,
  n0,
  _RGNFF,
  { [_aQE]: [`ReplicationGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReplicationGroupNotFoundFault$, ReplicationGroupNotFoundFault);
var ReplicationGroupNotUnderMigrationFault$ = [
  -3,
  n0,
  _RGNUMF,
  { [_aQE]: [`ReplicationGroupNotUnderMigrationFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ReplicationGroupNotUnderMigrationFault$, ReplicationGroupNotUnderMigrationFault);
var ReservedCacheNodeAlreadyExistsFault$ = [
  -3,
  n0,
  _RCNAEF,
  { [_aQE]: [`ReservedCacheNodeAlreadyExists`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedCacheNodeAlreadyExistsFault$, ReservedCacheNodeAlreadyExistsFault);
var ReservedCacheNodeNotFoundFault$ = [
  -3,
  n0,
  _RCNNFF,
  { [_aQE]: [`ReservedCacheNodeNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedCacheNodeNotFoundFault$, ReservedCacheNodeNotFoundFault);
var ReservedCacheNodeQuotaExceededFault$ = [
  -3,
  n0,
  _RCNQEF,
  { [_aQE]: [`ReservedCacheNodeQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedCacheNodeQuotaExceededFault$, ReservedCacheNodeQuotaExceededFault);
var ReservedCacheNodesOfferingNotFoundFault$ = [
  -3,
  n0,
  _RCNONFF,
  { [_aQE]: [`ReservedCacheNodesOfferingNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedCacheNodesOfferingNotFoundFault$, ReservedCacheNodesOfferingNotFoundFault);
var ServerlessCacheAlreadyExistsFault$ = [
  -3,
  n0,
  _SCAEF,
  { [_aQE]: [`ServerlessCacheAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ServerlessCacheAlreadyExistsFault$, ServerlessCacheAlreadyExistsFault);
var ServerlessCacheNotFoundFault$ = [
  -3,
  n0,
  _SCNFF,
  { [_aQE]: [`ServerlessCacheNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ServerlessCacheNotFoundFault$, ServerlessCacheNotFoundFault);
var ServerlessCacheQuotaForCustomerExceededFault$ = [
  -3,
  n0,
  _SCQFCEF,
  { [_aQE]: [`ServerlessCacheQuotaForCustomerExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ServerlessCacheQuotaForCustomerExceededFault$, ServerlessCacheQuotaForCustomerExceededFault);
var ServerlessCacheSnapshotAlreadyExistsFault$ = [
  -3,
  n0,
  _SCSAEF,
  { [_aQE]: [`ServerlessCacheSnapshotAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ServerlessCacheSnapshotAlreadyExistsFault$, ServerlessCacheSnapshotAlreadyExistsFault);
var ServerlessCacheSnapshotNotFoundFault$ = [
  -3,
  n0,
  _SCSNFF,
  { [_aQE]: [`ServerlessCacheSnapshotNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ServerlessCacheSnapshotNotFoundFault$, ServerlessCacheSnapshotNotFoundFault);
var ServerlessCacheSnapshotQuotaExceededFault$ = [
  -3,
  n0,
  _SCSQEF,
  { [_aQE]: [`ServerlessCacheSnapshotQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ServerlessCacheSnapshotQuotaExceededFault$, ServerlessCacheSnapshotQuotaExceededFault);
var ServiceLinkedRoleNotFoundFault$ = [
  -3,
  n0,
  _SLRNFF,
  { [_aQE]: [`ServiceLinkedRoleNotFoundFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceLinkedRoleNotFoundFault$, ServiceLinkedRoleNotFoundFault);
var ServiceUpdateNotFoundFault$ = [
  -3,
  n0,
  _SUNFF,
  { [_aQE]: [`ServiceUpdateNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceUpdateNotFoundFault$, ServiceUpdateNotFoundFault);
var SnapshotAlreadyExistsFault$ = [
  -3,
  n0,
  _SAEF,
  { [_aQE]: [`SnapshotAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SnapshotAlreadyExistsFault$, SnapshotAlreadyExistsFault);
var SnapshotFeatureNotSupportedFault$ = [
  -3,
  n0,
  _SFNSF,
  { [_aQE]: [`SnapshotFeatureNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SnapshotFeatureNotSupportedFault$, SnapshotFeatureNotSupportedFault);
var SnapshotNotFoundFault$ = [
  -3,
  n0,
  _SNFF,
  { [_aQE]: [`SnapshotNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(SnapshotNotFoundFault$, SnapshotNotFoundFault);
var SnapshotQuotaExceededFault$ = [
  -3,
  n0,
  _SQEF,
  { [_aQE]: [`SnapshotQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SnapshotQuotaExceededFault$, SnapshotQuotaExceededFault);
var SubnetInUse$ = [
  -3,
  n0,
  _SIU,
  { [_aQE]: [`SubnetInUse`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SubnetInUse$, SubnetInUse);
var SubnetNotAllowedFault$ = [
  -3,
  n0,
  _SNAF,
  { [_aQE]: [`SubnetNotAllowedFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SubnetNotAllowedFault$, SubnetNotAllowedFault);
var TagNotFoundFault$ = [
  -3,
  n0,
  _TNFF,
  { [_aQE]: [`TagNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(TagNotFoundFault$, TagNotFoundFault);
var TagQuotaPerResourceExceeded$ = [
  -3,
  n0,
  _TQPRE,
  { [_aQE]: [`TagQuotaPerResourceExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TagQuotaPerResourceExceeded$, TagQuotaPerResourceExceeded);
var TestFailoverNotAvailableFault$ = [
  -3,
  n0,
  _TFNAF,
  { [_aQE]: [`TestFailoverNotAvailableFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TestFailoverNotAvailableFault$, TestFailoverNotAvailableFault);
var UserAlreadyExistsFault$ = [
  -3,
  n0,
  _UAEF,
  { [_aQE]: [`UserAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UserAlreadyExistsFault$, UserAlreadyExistsFault);
var UserGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _UGAEF,
  { [_aQE]: [`UserGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UserGroupAlreadyExistsFault$, UserGroupAlreadyExistsFault);
var UserGroupNotFoundFault$ = [
  -3,
  n0,
  _UGNFF,
  { [_aQE]: [`UserGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(UserGroupNotFoundFault$, UserGroupNotFoundFault);
var UserGroupQuotaExceededFault$ = [
  -3,
  n0,
  _UGQEF,
  { [_aQE]: [`UserGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UserGroupQuotaExceededFault$, UserGroupQuotaExceededFault);
var UserNotFoundFault$ = [
  -3,
  n0,
  _UNFF,
  { [_aQE]: [`UserNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(UserNotFoundFault$, UserNotFoundFault);
var UserQuotaExceededFault$ = [
  -3,
  n0,
  _UQEF,
  { [_aQE]: [`UserQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UserQuotaExceededFault$, UserQuotaExceededFault);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AddTagsToResourceMessage$ = [
  3,
  n0,
  _ATTRM,
  0,
  [_RN, _T],
  [0, [() => TagList, 0]],
  2
];
var AllowedNodeTypeModificationsMessage$ = [
  3,
  n0,
  _ANTMM,
  0,
  [_SUM, _SDM],
  [64 | 0, 64 | 0]
];
var Authentication$ = [
  3,
  n0,
  _A,
  0,
  [_Ty, _PC],
  [0, 1]
];
var AuthenticationMode$ = [
  3,
  n0,
  _AM,
  0,
  [_Ty, _P],
  [0, 64 | 0]
];
var AuthorizeCacheSecurityGroupIngressMessage$ = [
  3,
  n0,
  _ACSGIM,
  0,
  [_CSGN, _ECSGN, _ECSGOI],
  [0, 0, 0],
  3
];
var AuthorizeCacheSecurityGroupIngressResult$ = [
  3,
  n0,
  _ACSGIR,
  0,
  [_CSG],
  [[() => CacheSecurityGroup$, 0]]
];
var AvailabilityZone$ = [
  3,
  n0,
  _AZ,
  0,
  [_N],
  [0]
];
var BatchApplyUpdateActionMessage$ = [
  3,
  n0,
  _BAUAM,
  0,
  [_SUN, _RGI, _CCI],
  [0, 64 | 0, 64 | 0],
  1
];
var BatchStopUpdateActionMessage$ = [
  3,
  n0,
  _BSUAM,
  0,
  [_SUN, _RGI, _CCI],
  [0, 64 | 0, 64 | 0],
  1
];
var CacheCluster$ = [
  3,
  n0,
  _CC,
  0,
  [_CCIa, _CE, _CDLP, _CNT, _E, _EV, _CCS, _NCN, _PAZ, _POA, _CCCT, _PMW, _PMV, _NC, _CSGa, _CPG, _CSGNa, _CN, _AMVU, _SG, _RGIe, _SRL, _SW, _ATE, _ATLMD, _TEE, _AREE, _ARN, _RGLDE, _LDC, _NT, _ID, _TEM],
  [0, () => Endpoint$, 0, 0, 0, 0, 0, 1, 0, 0, 4, 0, [() => PendingModifiedValues$, 0], () => NotificationConfiguration$, [() => CacheSecurityGroupMembershipList, 0], [() => CacheParameterGroupStatus$, 0], 0, [() => CacheNodeList, 0], 2, () => SecurityGroupMembershipList, 0, 1, 0, 2, 4, 2, 2, 0, 2, [() => LogDeliveryConfigurationList, 0], 0, 0, 0]
];
var CacheClusterMessage$ = [
  3,
  n0,
  _CCM,
  0,
  [_M, _CCa],
  [0, [() => CacheClusterList, 0]]
];
var CacheEngineVersion$ = [
  3,
  n0,
  _CEV,
  0,
  [_E, _EV, _CPGF, _CED, _CEVD],
  [0, 0, 0, 0, 0]
];
var CacheEngineVersionMessage$ = [
  3,
  n0,
  _CEVM,
  0,
  [_M, _CEVa],
  [0, [() => CacheEngineVersionList, 0]]
];
var CacheNode$ = [
  3,
  n0,
  _CNa,
  0,
  [_CNI, _CNS, _CNCT, _En, _PGS, _SCNI, _CAZ, _COA],
  [0, 0, 4, () => Endpoint$, 0, 0, 0, 0]
];
var CacheNodeTypeSpecificParameter$ = [
  3,
  n0,
  _CNTSP,
  0,
  [_PN, _D, _S, _DT, _AV, _IM, _MEV, _CNTSV, _CT],
  [0, 0, 0, 0, 0, 2, 0, [() => CacheNodeTypeSpecificValueList, 0], 0]
];
var CacheNodeTypeSpecificValue$ = [
  3,
  n0,
  _CNTSVa,
  0,
  [_CNT, _V],
  [0, 0]
];
var CacheNodeUpdateStatus$ = [
  3,
  n0,
  _CNUS,
  0,
  [_CNI, _NUS, _NDD, _NUSD, _NUED, _NUIB, _NUID, _NUSMD],
  [0, 0, 4, 4, 4, 0, 4, 4]
];
var CacheParameterGroup$ = [
  3,
  n0,
  _CPG,
  0,
  [_CPGN, _CPGF, _D, _IG, _ARN],
  [0, 0, 0, 2, 0]
];
var CacheParameterGroupDetails$ = [
  3,
  n0,
  _CPGD,
  0,
  [_M, _Pa, _CNTSPa],
  [0, [() => ParametersList, 0], [() => CacheNodeTypeSpecificParametersList, 0]]
];
var CacheParameterGroupNameMessage$ = [
  3,
  n0,
  _CPGNM,
  0,
  [_CPGN],
  [0]
];
var CacheParameterGroupsMessage$ = [
  3,
  n0,
  _CPGM,
  0,
  [_M, _CPGa],
  [0, [() => CacheParameterGroupList, 0]]
];
var CacheParameterGroupStatus$ = [
  3,
  n0,
  _CPGS,
  0,
  [_CPGN, _PAS, _CNITR],
  [0, 0, [() => CacheNodeIdsList, 0]]
];
var CacheSecurityGroup$ = [
  3,
  n0,
  _CSG,
  0,
  [_OI, _CSGN, _D, _ECSG, _ARN],
  [0, 0, 0, [() => EC2SecurityGroupList, 0], 0]
];
var CacheSecurityGroupMembership$ = [
  3,
  n0,
  _CSGM,
  0,
  [_CSGN, _St],
  [0, 0]
];
var CacheSecurityGroupMessage$ = [
  3,
  n0,
  _CSGMa,
  0,
  [_M, _CSGa],
  [0, [() => CacheSecurityGroups, 0]]
];
var CacheSubnetGroup$ = [
  3,
  n0,
  _CSGac,
  0,
  [_CSGNa, _CSGD, _VI, _Su, _ARN, _SNT],
  [0, 0, 0, [() => SubnetList, 0], 0, 64 | 0]
];
var CacheSubnetGroupMessage$ = [
  3,
  n0,
  _CSGMac,
  0,
  [_M, _CSGach],
  [0, [() => CacheSubnetGroups, 0]]
];
var CacheUsageLimits$ = [
  3,
  n0,
  _CUL,
  0,
  [_DS, _ECPUPS],
  [() => DataStorage$, () => ECPUPerSecond$]
];
var CloudWatchLogsDestinationDetails$ = [
  3,
  n0,
  _CWLDD,
  0,
  [_LG],
  [0]
];
var CompleteMigrationMessage$ = [
  3,
  n0,
  _CMM,
  0,
  [_RGIe, _F],
  [0, 2],
  1
];
var CompleteMigrationResponse$ = [
  3,
  n0,
  _CMR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var ConfigureShard$ = [
  3,
  n0,
  _CS,
  0,
  [_NGI, _NRC, _PAZr, _POAr],
  [0, 1, [() => PreferredAvailabilityZoneList, 0], [() => PreferredOutpostArnList, 0]],
  2
];
var CopyServerlessCacheSnapshotRequest$ = [
  3,
  n0,
  _CSCSR,
  0,
  [_SSCSN, _TSCSN, _KKI, _T],
  [0, 0, 0, [() => TagList, 0]],
  2
];
var CopyServerlessCacheSnapshotResponse$ = [
  3,
  n0,
  _CSCSRo,
  0,
  [_SCS],
  [() => ServerlessCacheSnapshot$]
];
var CopySnapshotMessage$ = [
  3,
  n0,
  _CSM,
  0,
  [_SSN, _TSN, _TB, _KKI, _T],
  [0, 0, 0, 0, [() => TagList, 0]],
  2
];
var CopySnapshotResult$ = [
  3,
  n0,
  _CSR,
  0,
  [_Sn],
  [[() => Snapshot$, 0]]
];
var CreateCacheClusterMessage$ = [
  3,
  n0,
  _CCCM,
  0,
  [_CCIa, _RGIe, _AZM, _PAZ, _PAZr, _NCN, _CNT, _E, _EV, _CPGN, _CSGNa, _CSGNac, _SGI, _T, _SA, _SN, _PMW, _Po, _NTA, _AMVU, _SRL, _SW, _AT, _OM, _POA, _POAr, _LDC, _TEE, _NT, _ID],
  [0, 0, 0, 0, [() => PreferredAvailabilityZoneList, 0], 1, 0, 0, 0, 0, 0, [() => CacheSecurityGroupNameList, 0], [() => SecurityGroupIdsList, 0], [() => TagList, 0], [() => SnapshotArnsList, 0], 0, 0, 1, 0, 2, 1, 0, 0, 0, 0, [() => PreferredOutpostArnList, 0], [() => LogDeliveryConfigurationRequestList, 0], 2, 0, 0],
  1
];
var CreateCacheClusterResult$ = [
  3,
  n0,
  _CCCR,
  0,
  [_CC],
  [[() => CacheCluster$, 0]]
];
var CreateCacheParameterGroupMessage$ = [
  3,
  n0,
  _CCPGM,
  0,
  [_CPGN, _CPGF, _D, _T],
  [0, 0, 0, [() => TagList, 0]],
  3
];
var CreateCacheParameterGroupResult$ = [
  3,
  n0,
  _CCPGR,
  0,
  [_CPG],
  [() => CacheParameterGroup$]
];
var CreateCacheSecurityGroupMessage$ = [
  3,
  n0,
  _CCSGM,
  0,
  [_CSGN, _D, _T],
  [0, 0, [() => TagList, 0]],
  2
];
var CreateCacheSecurityGroupResult$ = [
  3,
  n0,
  _CCSGR,
  0,
  [_CSG],
  [[() => CacheSecurityGroup$, 0]]
];
var CreateCacheSubnetGroupMessage$ = [
  3,
  n0,
  _CCSGMr,
  0,
  [_CSGNa, _CSGD, _SI, _T],
  [0, 0, [() => SubnetIdentifierList, 0], [() => TagList, 0]],
  3
];
var CreateCacheSubnetGroupResult$ = [
  3,
  n0,
  _CCSGRr,
  0,
  [_CSGac],
  [[() => CacheSubnetGroup$, 0]]
];
var CreateGlobalReplicationGroupMessage$ = [
  3,
  n0,
  _CGRGM,
  0,
  [_GRGIS, _PRGI, _GRGD],
  [0, 0, 0],
  2
];
var CreateGlobalReplicationGroupResult$ = [
  3,
  n0,
  _CGRGR,
  0,
  [_GRG],
  [[() => GlobalReplicationGroup$, 0]]
];
var CreateReplicationGroupMessage$ = [
  3,
  n0,
  _CRGM,
  0,
  [_RGIe, _RGD, _GRGI, _PCI, _AFE, _MAZE, _NCC, _PCCAZ, _NNG, _RPNG, _NGC, _CNT, _E, _EV, _CPGN, _CSGNa, _CSGNac, _SGI, _T, _SA, _SN, _PMW, _Po, _NTA, _AMVU, _SRL, _SW, _AT, _TEE, _AREE, _KKI, _UGI, _LDC, _DTE, _NT, _ID, _TEM, _CM, _SCSN, _Du],
  [0, 0, 0, 0, 2, 2, 1, [() => AvailabilityZonesList, 0], 1, 1, [() => NodeGroupConfigurationList, 0], 0, 0, 0, 0, 0, [() => CacheSecurityGroupNameList, 0], [() => SecurityGroupIdsList, 0], [() => TagList, 0], [() => SnapshotArnsList, 0], 0, 0, 1, 0, 2, 1, 0, 0, 2, 2, 0, 64 | 0, [() => LogDeliveryConfigurationRequestList, 0], 2, 0, 0, 0, 0, 0, 0],
  2
];
var CreateReplicationGroupResult$ = [
  3,
  n0,
  _CRGR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var CreateServerlessCacheRequest$ = [
  3,
  n0,
  _CSCR,
  0,
  [_SCN, _E, _D, _MEVa, _CUL, _KKI, _SGI, _SATR, _T, _UGIs, _SI, _SRL, _DST, _NT],
  [0, 0, 0, 0, () => CacheUsageLimits$, 0, [() => SecurityGroupIdsList, 0], [() => SnapshotArnsList, 0], [() => TagList, 0], 0, [() => SubnetIdsList, 0], 1, 0, 0],
  2
];
var CreateServerlessCacheResponse$ = [
  3,
  n0,
  _CSCRr,
  0,
  [_SC],
  [[() => ServerlessCache$, 0]]
];
var CreateServerlessCacheSnapshotRequest$ = [
  3,
  n0,
  _CSCSRr,
  0,
  [_SCSN, _SCN, _KKI, _T],
  [0, 0, 0, [() => TagList, 0]],
  2
];
var CreateServerlessCacheSnapshotResponse$ = [
  3,
  n0,
  _CSCSRre,
  0,
  [_SCS],
  [() => ServerlessCacheSnapshot$]
];
var CreateSnapshotMessage$ = [
  3,
  n0,
  _CSMr,
  0,
  [_SN, _RGIe, _CCIa, _KKI, _T],
  [0, 0, 0, 0, [() => TagList, 0]],
  1
];
var CreateSnapshotResult$ = [
  3,
  n0,
  _CSRr,
  0,
  [_Sn],
  [[() => Snapshot$, 0]]
];
var CreateUserGroupMessage$ = [
  3,
  n0,
  _CUGM,
  0,
  [_UGIs, _E, _UI, _T],
  [0, 0, 64 | 0, [() => TagList, 0]],
  2
];
var CreateUserMessage$ = [
  3,
  n0,
  _CUM,
  0,
  [_UIs, _UN, _E, _AS, _P, _NPR, _T, _AM],
  [0, 0, 0, 0, 64 | 0, 2, [() => TagList, 0], () => AuthenticationMode$],
  4
];
var CustomerNodeEndpoint$ = [
  3,
  n0,
  _CNE,
  0,
  [_Ad, _Po],
  [0, 1]
];
var DataStorage$ = [
  3,
  n0,
  _DS,
  0,
  [_U, _Ma, _Mi],
  [0, 1, 1],
  1
];
var DecreaseNodeGroupsInGlobalReplicationGroupMessage$ = [
  3,
  n0,
  _DNGIGRGM,
  0,
  [_GRGI, _NGCo, _AI, _GNGTR, _GNGTRl],
  [0, 1, 2, [() => GlobalNodeGroupIdList, 0], [() => GlobalNodeGroupIdList, 0]],
  3
];
var DecreaseNodeGroupsInGlobalReplicationGroupResult$ = [
  3,
  n0,
  _DNGIGRGR,
  0,
  [_GRG],
  [[() => GlobalReplicationGroup$, 0]]
];
var DecreaseReplicaCountMessage$ = [
  3,
  n0,
  _DRCM,
  0,
  [_RGIe, _AI, _NRC, _RC, _RTR],
  [0, 2, 1, [() => ReplicaConfigurationList, 0], 64 | 0],
  2
];
var DecreaseReplicaCountResult$ = [
  3,
  n0,
  _DRCR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var DeleteCacheClusterMessage$ = [
  3,
  n0,
  _DCCM,
  0,
  [_CCIa, _FSI],
  [0, 0],
  1
];
var DeleteCacheClusterResult$ = [
  3,
  n0,
  _DCCR,
  0,
  [_CC],
  [[() => CacheCluster$, 0]]
];
var DeleteCacheParameterGroupMessage$ = [
  3,
  n0,
  _DCPGM,
  0,
  [_CPGN],
  [0],
  1
];
var DeleteCacheSecurityGroupMessage$ = [
  3,
  n0,
  _DCSGM,
  0,
  [_CSGN],
  [0],
  1
];
var DeleteCacheSubnetGroupMessage$ = [
  3,
  n0,
  _DCSGMe,
  0,
  [_CSGNa],
  [0],
  1
];
var DeleteGlobalReplicationGroupMessage$ = [
  3,
  n0,
  _DGRGM,
  0,
  [_GRGI, _RPRG],
  [0, 2],
  2
];
var DeleteGlobalReplicationGroupResult$ = [
  3,
  n0,
  _DGRGR,
  0,
  [_GRG],
  [[() => GlobalReplicationGroup$, 0]]
];
var DeleteReplicationGroupMessage$ = [
  3,
  n0,
  _DRGM,
  0,
  [_RGIe, _RPC, _FSI],
  [0, 2, 0],
  1
];
var DeleteReplicationGroupResult$ = [
  3,
  n0,
  _DRGR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var DeleteServerlessCacheRequest$ = [
  3,
  n0,
  _DSCR,
  0,
  [_SCN, _FSN],
  [0, 0],
  1
];
var DeleteServerlessCacheResponse$ = [
  3,
  n0,
  _DSCRe,
  0,
  [_SC],
  [[() => ServerlessCache$, 0]]
];
var DeleteServerlessCacheSnapshotRequest$ = [
  3,
  n0,
  _DSCSR,
  0,
  [_SCSN],
  [0],
  1
];
var DeleteServerlessCacheSnapshotResponse$ = [
  3,
  n0,
  _DSCSRe,
  0,
  [_SCS],
  [() => ServerlessCacheSnapshot$]
];
var DeleteSnapshotMessage$ = [
  3,
  n0,
  _DSM,
  0,
  [_SN],
  [0],
  1
];
var DeleteSnapshotResult$ = [
  3,
  n0,
  _DSR,
  0,
  [_Sn],
  [[() => Snapshot$, 0]]
];
var DeleteUserGroupMessage$ = [
  3,
  n0,
  _DUGM,
  0,
  [_UGIs],
  [0],
  1
];
var DeleteUserMessage$ = [
  3,
  n0,
  _DUM,
  0,
  [_UIs],
  [0],
  1
];
var DescribeCacheClustersMessage$ = [
  3,
  n0,
  _DCCMe,
  0,
  [_CCIa, _MR, _M, _SCNIh, _SCCNIRG],
  [0, 1, 0, 2, 2]
];
var DescribeCacheEngineVersionsMessage$ = [
  3,
  n0,
  _DCEVM,
  0,
  [_E, _EV, _CPGF, _MR, _M, _DO],
  [0, 0, 0, 1, 0, 2]
];
var DescribeCacheParameterGroupsMessage$ = [
  3,
  n0,
  _DCPGMe,
  0,
  [_CPGN, _MR, _M],
  [0, 1, 0]
];
var DescribeCacheParametersMessage$ = [
  3,
  n0,
  _DCPM,
  0,
  [_CPGN, _S, _MR, _M],
  [0, 0, 1, 0],
  1
];
var DescribeCacheSecurityGroupsMessage$ = [
  3,
  n0,
  _DCSGMes,
  0,
  [_CSGN, _MR, _M],
  [0, 1, 0]
];
var DescribeCacheSubnetGroupsMessage$ = [
  3,
  n0,
  _DCSGMesc,
  0,
  [_CSGNa, _MR, _M],
  [0, 1, 0]
];
var DescribeEngineDefaultParametersMessage$ = [
  3,
  n0,
  _DEDPM,
  0,
  [_CPGF, _MR, _M],
  [0, 1, 0],
  1
];
var DescribeEngineDefaultParametersResult$ = [
  3,
  n0,
  _DEDPR,
  0,
  [_ED],
  [[() => EngineDefaults$, 0]]
];
var DescribeEventsMessage$ = [
  3,
  n0,
  _DEM,
  0,
  [_SIo, _ST, _STt, _ET, _Dur, _MR, _M],
  [0, 0, 4, 4, 1, 1, 0]
];
var DescribeGlobalReplicationGroupsMessage$ = [
  3,
  n0,
  _DGRGMe,
  0,
  [_GRGI, _MR, _M, _SMI],
  [0, 1, 0, 2]
];
var DescribeGlobalReplicationGroupsResult$ = [
  3,
  n0,
  _DGRGRe,
  0,
  [_M, _GRGl],
  [0, [() => GlobalReplicationGroupList, 0]]
];
var DescribeReplicationGroupsMessage$ = [
  3,
  n0,
  _DRGMe,
  0,
  [_RGIe, _MR, _M],
  [0, 1, 0]
];
var DescribeReservedCacheNodesMessage$ = [
  3,
  n0,
  _DRCNM,
  0,
  [_RCNI, _RCNOI, _CNT, _Dur, _PD, _OT, _MR, _M],
  [0, 0, 0, 0, 0, 0, 1, 0]
];
var DescribeReservedCacheNodesOfferingsMessage$ = [
  3,
  n0,
  _DRCNOM,
  0,
  [_RCNOI, _CNT, _Dur, _PD, _OT, _MR, _M],
  [0, 0, 0, 0, 0, 1, 0]
];
var DescribeServerlessCacheSnapshotsRequest$ = [
  3,
  n0,
  _DSCSRes,
  0,
  [_SCN, _SCSN, _STn, _NTe, _MRa],
  [0, 0, 0, 0, 1]
];
var DescribeServerlessCacheSnapshotsResponse$ = [
  3,
  n0,
  _DSCSResc,
  0,
  [_NTe, _SCSe],
  [0, [() => ServerlessCacheSnapshotList, 0]]
];
var DescribeServerlessCachesRequest$ = [
  3,
  n0,
  _DSCRes,
  0,
  [_SCN, _MRa, _NTe],
  [0, 1, 0]
];
var DescribeServerlessCachesResponse$ = [
  3,
  n0,
  _DSCResc,
  0,
  [_NTe, _SCe],
  [0, [() => ServerlessCacheList, 0]]
];
var DescribeServiceUpdatesMessage$ = [
  3,
  n0,
  _DSUM,
  0,
  [_SUN, _SUS, _MR, _M],
  [0, 64 | 0, 1, 0]
];
var DescribeSnapshotsListMessage$ = [
  3,
  n0,
  _DSLM,
  0,
  [_M, _Sna],
  [0, [() => SnapshotList, 0]]
];
var DescribeSnapshotsMessage$ = [
  3,
  n0,
  _DSMe,
  0,
  [_RGIe, _CCIa, _SN, _SS, _M, _MR, _SNGC],
  [0, 0, 0, 0, 0, 1, 2]
];
var DescribeUpdateActionsMessage$ = [
  3,
  n0,
  _DUAM,
  0,
  [_SUN, _RGI, _CCI, _E, _SUS, _SUTR, _UAS, _SNLUS, _MR, _M],
  [0, 64 | 0, 64 | 0, 0, 64 | 0, () => TimeRangeFilter$, 64 | 0, 2, 1, 0]
];
var DescribeUserGroupsMessage$ = [
  3,
  n0,
  _DUGMe,
  0,
  [_UGIs, _MR, _M],
  [0, 1, 0]
];
var DescribeUserGroupsResult$ = [
  3,
  n0,
  _DUGR,
  0,
  [_UG, _M],
  [() => UserGroupList, 0]
];
var DescribeUsersMessage$ = [
  3,
  n0,
  _DUMe,
  0,
  [_E, _UIs, _Fi, _MR, _M],
  [0, 0, () => FilterList, 1, 0]
];
var DescribeUsersResult$ = [
  3,
  n0,
  _DURe,
  0,
  [_Us, _M],
  [() => UserList, 0]
];
var DestinationDetails$ = [
  3,
  n0,
  _DD,
  0,
  [_CWLD, _KFD],
  [() => CloudWatchLogsDestinationDetails$, () => KinesisFirehoseDestinationDetails$]
];
var DisassociateGlobalReplicationGroupMessage$ = [
  3,
  n0,
  _DGRGMi,
  0,
  [_GRGI, _RGIe, _RGR],
  [0, 0, 0],
  3
];
var DisassociateGlobalReplicationGroupResult$ = [
  3,
  n0,
  _DGRGRi,
  0,
  [_GRG],
  [[() => GlobalReplicationGroup$, 0]]
];
var EC2SecurityGroup$ = [
  3,
  n0,
  _ECSGe,
  0,
  [_St, _ECSGN, _ECSGOI],
  [0, 0, 0]
];
var ECPUPerSecond$ = [
  3,
  n0,
  _ECPUPS,
  0,
  [_Ma, _Mi],
  [1, 1]
];
var Endpoint$ = [
  3,
  n0,
  _En,
  0,
  [_Ad, _Po],
  [0, 1]
];
var EngineDefaults$ = [
  3,
  n0,
  _ED,
  0,
  [_CPGF, _M, _Pa, _CNTSPa],
  [0, 0, [() => ParametersList, 0], [() => CacheNodeTypeSpecificParametersList, 0]]
];
var Event$ = [
  3,
  n0,
  _Ev,
  0,
  [_SIo, _ST, _Me, _Da],
  [0, 0, 0, 4]
];
var EventsMessage$ = [
  3,
  n0,
  _EM,
  0,
  [_M, _Eve],
  [0, [() => EventList, 0]]
];
var ExportServerlessCacheSnapshotRequest$ = [
  3,
  n0,
  _ESCSR,
  0,
  [_SCSN, _SBN],
  [0, 0],
  2
];
var ExportServerlessCacheSnapshotResponse$ = [
  3,
  n0,
  _ESCSRx,
  0,
  [_SCS],
  [() => ServerlessCacheSnapshot$]
];
var FailoverGlobalReplicationGroupMessage$ = [
  3,
  n0,
  _FGRGM,
  0,
  [_GRGI, _PR, _PRGI],
  [0, 0, 0],
  3
];
var FailoverGlobalReplicationGroupResult$ = [
  3,
  n0,
  _FGRGR,
  0,
  [_GRG],
  [[() => GlobalReplicationGroup$, 0]]
];
var Filter$ = [
  3,
  n0,
  _Fil,
  0,
  [_N, _Va],
  [0, 64 | 0],
  2
];
var GlobalNodeGroup$ = [
  3,
  n0,
  _GNG,
  0,
  [_GNGI, _Sl],
  [0, 0]
];
var GlobalReplicationGroup$ = [
  3,
  n0,
  _GRG,
  0,
  [_GRGI, _GRGD, _St, _CNT, _E, _EV, _Mem, _CEl, _GNGl, _ATE, _TEE, _AREE, _ARN],
  [0, 0, 0, 0, 0, 0, [() => GlobalReplicationGroupMemberList, 0], 2, [() => GlobalNodeGroupList, 0], 2, 2, 2, 0]
];
var GlobalReplicationGroupInfo$ = [
  3,
  n0,
  _GRGIl,
  0,
  [_GRGI, _GRGMR],
  [0, 0]
];
var GlobalReplicationGroupMember$ = [
  3,
  n0,
  _GRGM,
  0,
  [_RGIe, _RGR, _R, _AF, _St],
  [0, 0, 0, 0, 0]
];
var IncreaseNodeGroupsInGlobalReplicationGroupMessage$ = [
  3,
  n0,
  _INGIGRGM,
  0,
  [_GRGI, _NGCo, _AI, _RCe],
  [0, 1, 2, [() => RegionalConfigurationList, 0]],
  3
];
var IncreaseNodeGroupsInGlobalReplicationGroupResult$ = [
  3,
  n0,
  _INGIGRGR,
  0,
  [_GRG],
  [[() => GlobalReplicationGroup$, 0]]
];
var IncreaseReplicaCountMessage$ = [
  3,
  n0,
  _IRCM,
  0,
  [_RGIe, _AI, _NRC, _RC],
  [0, 2, 1, [() => ReplicaConfigurationList, 0]],
  2
];
var IncreaseReplicaCountResult$ = [
  3,
  n0,
  _IRCR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var KinesisFirehoseDestinationDetails$ = [
  3,
  n0,
  _KFDD,
  0,
  [_DSe],
  [0]
];
var ListAllowedNodeTypeModificationsMessage$ = [
  3,
  n0,
  _LANTMM,
  0,
  [_CCIa, _RGIe],
  [0, 0]
];
var ListTagsForResourceMessage$ = [
  3,
  n0,
  _LTFRM,
  0,
  [_RN],
  [0],
  1
];
var LogDeliveryConfiguration$ = [
  3,
  n0,
  _LDCo,
  0,
  [_LT, _DTe, _DD, _LF, _St, _Me],
  [0, 0, () => DestinationDetails$, 0, 0, 0]
];
var LogDeliveryConfigurationRequest$ = [
  3,
  n0,
  _LDCR,
  0,
  [_LT, _DTe, _DD, _LF, _Ena],
  [0, 0, () => DestinationDetails$, 0, 2]
];
var ModifyCacheClusterMessage$ = [
  3,
  n0,
  _MCCM,
  0,
  [_CCIa, _NCN, _CNITRa, _AZM, _NAZ, _CSGNac, _SGI, _PMW, _NTA, _CPGN, _NTS, _AI, _E, _EV, _AMVU, _SRL, _SW, _CNT, _AT, _ATUS, _LDC, _ID, _SCc],
  [0, 1, [() => CacheNodeIdsList, 0], 0, [() => PreferredAvailabilityZoneList, 0], [() => CacheSecurityGroupNameList, 0], [() => SecurityGroupIdsList, 0], 0, 0, 0, 0, 2, 0, 0, 2, 1, 0, 0, 0, 0, [() => LogDeliveryConfigurationRequestList, 0], 0, () => ScaleConfig$],
  1
];
var ModifyCacheClusterResult$ = [
  3,
  n0,
  _MCCR,
  0,
  [_CC],
  [[() => CacheCluster$, 0]]
];
var ModifyCacheParameterGroupMessage$ = [
  3,
  n0,
  _MCPGM,
  0,
  [_CPGN, _PNV],
  [0, [() => ParameterNameValueList, 0]],
  2
];
var ModifyCacheSubnetGroupMessage$ = [
  3,
  n0,
  _MCSGM,
  0,
  [_CSGNa, _CSGD, _SI],
  [0, 0, [() => SubnetIdentifierList, 0]],
  1
];
var ModifyCacheSubnetGroupResult$ = [
  3,
  n0,
  _MCSGR,
  0,
  [_CSGac],
  [[() => CacheSubnetGroup$, 0]]
];
var ModifyGlobalReplicationGroupMessage$ = [
  3,
  n0,
  _MGRGM,
  0,
  [_GRGI, _AI, _CNT, _E, _EV, _CPGN, _GRGD, _AFE],
  [0, 2, 0, 0, 0, 0, 0, 2],
  2
];
var ModifyGlobalReplicationGroupResult$ = [
  3,
  n0,
  _MGRGR,
  0,
  [_GRG],
  [[() => GlobalReplicationGroup$, 0]]
];
var ModifyReplicationGroupMessage$ = [
  3,
  n0,
  _MRGM,
  0,
  [_RGIe, _RGD, _PCI, _SCI, _AFE, _MAZE, _NGI, _CSGNac, _SGI, _PMW, _NTA, _CPGN, _NTS, _AI, _E, _EV, _AMVU, _SRL, _SW, _CNT, _AT, _ATUS, _UGITA, _UGITR, _RUG, _LDC, _ID, _TEE, _TEM, _CM, _Du],
  [0, 0, 0, 0, 2, 2, 0, [() => CacheSecurityGroupNameList, 0], [() => SecurityGroupIdsList, 0], 0, 0, 0, 0, 2, 0, 0, 2, 1, 0, 0, 0, 0, 64 | 0, 64 | 0, 2, [() => LogDeliveryConfigurationRequestList, 0], 0, 2, 0, 0, 0],
  1
];
var ModifyReplicationGroupResult$ = [
  3,
  n0,
  _MRGR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var ModifyReplicationGroupShardConfigurationMessage$ = [
  3,
  n0,
  _MRGSCM,
  0,
  [_RGIe, _NGCo, _AI, _RCes, _NGTR, _NGTRo],
  [0, 1, 2, [() => ReshardingConfigurationList, 0], [() => NodeGroupsToRemoveList, 0], [() => NodeGroupsToRetainList, 0]],
  3
];
var ModifyReplicationGroupShardConfigurationResult$ = [
  3,
  n0,
  _MRGSCR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var ModifyServerlessCacheRequest$ = [
  3,
  n0,
  _MSCR,
  0,
  [_SCN, _D, _CUL, _RUGe, _UGIs, _SGI, _SRL, _DST, _E, _MEVa],
  [0, 0, () => CacheUsageLimits$, 2, 0, [() => SecurityGroupIdsList, 0], 1, 0, 0, 0],
  1
];
var ModifyServerlessCacheResponse$ = [
  3,
  n0,
  _MSCRo,
  0,
  [_SC],
  [[() => ServerlessCache$, 0]]
];
var ModifyUserGroupMessage$ = [
  3,
  n0,
  _MUGM,
  0,
  [_UGIs, _UITA, _UITR, _E],
  [0, 64 | 0, 64 | 0, 0],
  1
];
var ModifyUserMessage$ = [
  3,
  n0,
  _MUM,
  0,
  [_UIs, _AS, _AAS, _P, _NPR, _AM, _E],
  [0, 0, 0, 64 | 0, 2, () => AuthenticationMode$, 0],
  1
];
var NodeGroup$ = [
  3,
  n0,
  _NG,
  0,
  [_NGI, _St, _PE, _RE, _Sl, _NGM],
  [0, 0, () => Endpoint$, () => Endpoint$, 0, [() => NodeGroupMemberList, 0]]
];
var NodeGroupConfiguration$ = [
  3,
  n0,
  _NGC,
  0,
  [_NGI, _Sl, _RCep, _PAZri, _RAZ, _POAri, _ROA],
  [0, 0, 1, 0, [() => AvailabilityZonesList, 0], 0, [() => OutpostArnsList, 0]]
];
var NodeGroupMember$ = [
  3,
  n0,
  _NGMo,
  0,
  [_CCIa, _CNI, _REe, _PAZ, _POA, _CR],
  [0, 0, () => Endpoint$, 0, 0, 0]
];
var NodeGroupMemberUpdateStatus$ = [
  3,
  n0,
  _NGMUS,
  0,
  [_CCIa, _CNI, _NUS, _NDD, _NUSD, _NUED, _NUIB, _NUID, _NUSMD],
  [0, 0, 0, 4, 4, 4, 0, 4, 4]
];
var NodeGroupUpdateStatus$ = [
  3,
  n0,
  _NGUS,
  0,
  [_NGI, _NGMUS],
  [0, [() => NodeGroupMemberUpdateStatusList, 0]]
];
var NodeSnapshot$ = [
  3,
  n0,
  _NS,
  0,
  [_CCIa, _NGI, _CNI, _NGC, _CSa, _CNCT, _SCT],
  [0, 0, 0, [() => NodeGroupConfiguration$, 0], 0, 4, 4]
];
var NotificationConfiguration$ = [
  3,
  n0,
  _NC,
  0,
  [_TA, _TS],
  [0, 0]
];
var Parameter$ = [
  3,
  n0,
  _Par,
  0,
  [_PN, _PV, _D, _S, _DT, _AV, _IM, _MEV, _CT],
  [0, 0, 0, 0, 0, 0, 2, 0, 0]
];
var ParameterNameValue$ = [
  3,
  n0,
  _PNVa,
  0,
  [_PN, _PV],
  [0, 0]
];
var PendingLogDeliveryConfiguration$ = [
  3,
  n0,
  _PLDC,
  0,
  [_LT, _DTe, _DD, _LF],
  [0, 0, () => DestinationDetails$, 0]
];
var PendingModifiedValues$ = [
  3,
  n0,
  _PMV,
  0,
  [_NCN, _CNITRa, _EV, _CNT, _ATS, _LDC, _TEE, _TEM, _SCc],
  [1, [() => CacheNodeIdsList, 0], 0, 0, 0, () => PendingLogDeliveryConfigurationList, 2, 0, () => ScaleConfig$]
];
var ProcessedUpdateAction$ = [
  3,
  n0,
  _PUA,
  0,
  [_RGIe, _CCIa, _SUN, _UAS],
  [0, 0, 0, 0]
];
var PurchaseReservedCacheNodesOfferingMessage$ = [
  3,
  n0,
  _PRCNOM,
  0,
  [_RCNOI, _RCNI, _CNC, _T],
  [0, 0, 1, [() => TagList, 0]],
  1
];
var PurchaseReservedCacheNodesOfferingResult$ = [
  3,
  n0,
  _PRCNOR,
  0,
  [_RCN],
  [[() => ReservedCacheNode$, 0]]
];
var RebalanceSlotsInGlobalReplicationGroupMessage$ = [
  3,
  n0,
  _RSIGRGM,
  0,
  [_GRGI, _AI],
  [0, 2],
  2
];
var RebalanceSlotsInGlobalReplicationGroupResult$ = [
  3,
  n0,
  _RSIGRGR,
  0,
  [_GRG],
  [[() => GlobalReplicationGroup$, 0]]
];
var RebootCacheClusterMessage$ = [
  3,
  n0,
  _RCCM,
  0,
  [_CCIa, _CNITR],
  [0, [() => CacheNodeIdsList, 0]],
  2
];
var RebootCacheClusterResult$ = [
  3,
  n0,
  _RCCR,
  0,
  [_CC],
  [[() => CacheCluster$, 0]]
];
var RecurringCharge$ = [
  3,
  n0,
  _RCec,
  0,
  [_RCA, _RCF],
  [1, 0]
];
var RegionalConfiguration$ = [
  3,
  n0,
  _RCeg,
  0,
  [_RGIe, _RGR, _RCes],
  [0, 0, [() => ReshardingConfigurationList, 0]],
  3
];
var RemoveTagsFromResourceMessage$ = [
  3,
  n0,
  _RTFRM,
  0,
  [_RN, _TK],
  [0, 64 | 0],
  2
];
var ReplicationGroup$ = [
  3,
  n0,
  _RG,
  0,
  [_RGIe, _D, _GRGIl, _St, _PMV, _MC, _NGo, _SCI, _AF, _MAZ, _CE, _SRL, _SW, _CEl, _CNT, _ATE, _ATLMD, _TEE, _AREE, _MCOA, _KKI, _SET, _ARN, _UGI, _LDC, _RGCT, _DTa, _AMVU, _NT, _ID, _TEM, _CM, _E, _Du, _EDf],
  [0, 0, () => GlobalReplicationGroupInfo$, 0, () => ReplicationGroupPendingModifiedValues$, [() => ClusterIdList, 0], [() => NodeGroupList, 0], 0, 0, 0, () => Endpoint$, 1, 0, 2, 0, 2, 4, 2, 2, [() => ReplicationGroupOutpostArnList, 0], 0, 0, 0, 64 | 0, [() => LogDeliveryConfigurationList, 0], 4, 0, 2, 0, 0, 0, 0, 0, 0, 0]
];
var ReplicationGroupMessage$ = [
  3,
  n0,
  _RGM,
  0,
  [_M, _RGe],
  [0, [() => ReplicationGroupList, 0]]
];
var ReplicationGroupPendingModifiedValues$ = [
  3,
  n0,
  _RGPMV,
  0,
  [_PCI, _AFS, _Re, _ATS, _UG, _LDC, _TEE, _TEM, _CM],
  [0, 0, () => ReshardingStatus$, 0, () => UserGroupsUpdateStatus$, () => PendingLogDeliveryConfigurationList, 2, 0, 0]
];
var ReservedCacheNode$ = [
  3,
  n0,
  _RCN,
  0,
  [_RCNI, _RCNOI, _CNT, _STt, _Dur, _FP, _UP, _CNC, _PD, _OT, _Sta, _RCecu, _RARN],
  [0, 0, 0, 4, 1, 1, 1, 1, 0, 0, 0, [() => RecurringChargeList, 0], 0]
];
var ReservedCacheNodeMessage$ = [
  3,
  n0,
  _RCNM,
  0,
  [_M, _RCNe],
  [0, [() => ReservedCacheNodeList, 0]]
];
var ReservedCacheNodesOffering$ = [
  3,
  n0,
  _RCNO,
  0,
  [_RCNOI, _CNT, _Dur, _FP, _UP, _PD, _OT, _RCecu],
  [0, 0, 1, 1, 1, 0, 0, [() => RecurringChargeList, 0]]
];
var ReservedCacheNodesOfferingMessage$ = [
  3,
  n0,
  _RCNOM,
  0,
  [_M, _RCNOe],
  [0, [() => ReservedCacheNodesOfferingList, 0]]
];
var ResetCacheParameterGroupMessage$ = [
  3,
  n0,
  _RCPGM,
  0,
  [_CPGN, _RAP, _PNV],
  [0, 2, [() => ParameterNameValueList, 0]],
  1
];
var ReshardingConfiguration$ = [
  3,
  n0,
  _RCes,
  0,
  [_NGI, _PAZr],
  [0, [() => AvailabilityZonesList, 0]]
];
var ReshardingStatus$ = [
  3,
  n0,
  _RS,
  0,
  [_SM],
  [() => SlotMigration$]
];
var RevokeCacheSecurityGroupIngressMessage$ = [
  3,
  n0,
  _RCSGIM,
  0,
  [_CSGN, _ECSGN, _ECSGOI],
  [0, 0, 0],
  3
];
var RevokeCacheSecurityGroupIngressResult$ = [
  3,
  n0,
  _RCSGIR,
  0,
  [_CSG],
  [[() => CacheSecurityGroup$, 0]]
];
var ScaleConfig$ = [
  3,
  n0,
  _SCc,
  0,
  [_SP, _SIM],
  [1, 1]
];
var SecurityGroupMembership$ = [
  3,
  n0,
  _SGM,
  0,
  [_SGIe, _St],
  [0, 0]
];
var ServerlessCache$ = [
  3,
  n0,
  _SC,
  0,
  [_SCN, _D, _CTr, _St, _E, _MEVa, _FEV, _CUL, _KKI, _SET, _SGI, _En, _RE, _ARN, _UGIs, _SI, _SRL, _DST, _NT],
  [0, 0, 4, 0, 0, 0, 0, () => CacheUsageLimits$, 0, 0, [() => SecurityGroupIdsList, 0], () => Endpoint$, () => Endpoint$, 0, 0, [() => SubnetIdsList, 0], 1, 0, 0]
];
var ServerlessCacheConfiguration$ = [
  3,
  n0,
  _SCC,
  0,
  [_SCN, _E, _MEVa],
  [0, 0, 0]
];
var ServerlessCacheSnapshot$ = [
  3,
  n0,
  _SCS,
  0,
  [_SCSN, _ARN, _KKI, _STn, _St, _CTr, _ETx, _BUFC, _SCC],
  [0, 0, 0, 0, 0, 4, 4, 0, () => ServerlessCacheConfiguration$]
];
var ServiceUpdate$ = [
  3,
  n0,
  _SU,
  0,
  [_SUN, _SURD, _SUED, _SUSe, _SURABD, _SUS, _SUD, _SUT, _E, _EV, _AUARABD, _EUT],
  [0, 4, 4, 0, 4, 0, 0, 0, 0, 0, 2, 0]
];
var ServiceUpdatesMessage$ = [
  3,
  n0,
  _SUMe,
  0,
  [_M, _SUe],
  [0, [() => ServiceUpdateList, 0]]
];
var SlotMigration$ = [
  3,
  n0,
  _SM,
  0,
  [_PP],
  [1]
];
var Snapshot$ = [
  3,
  n0,
  _Sn,
  0,
  [_SN, _RGIe, _RGD, _CCIa, _SSn, _SS, _CNT, _E, _EV, _NCN, _PAZ, _POA, _CCCT, _PMW, _TA, _Po, _CPGN, _CSGNa, _VI, _AMVU, _SRL, _SW, _NNG, _AF, _NSo, _KKI, _ARN, _DTa, _Du],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 4, 0, 0, 1, 0, 0, 0, 2, 1, 0, 1, 0, [() => NodeSnapshotList, 0], 0, 0, 0, 0]
];
var StartMigrationMessage$ = [
  3,
  n0,
  _SMM,
  0,
  [_RGIe, _CNEL],
  [0, () => CustomerNodeEndpointList],
  2
];
var StartMigrationResponse$ = [
  3,
  n0,
  _SMR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var Subnet$ = [
  3,
  n0,
  _Sub,
  0,
  [_SIu, _SAZ, _SO, _SNT],
  [0, () => AvailabilityZone$, () => SubnetOutpost$, 64 | 0]
];
var SubnetOutpost$ = [
  3,
  n0,
  _SO,
  0,
  [_SOA],
  [0]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _V],
  [0, 0]
];
var TagListMessage$ = [
  3,
  n0,
  _TLM,
  0,
  [_TL],
  [[() => TagList, 0]]
];
var TestFailoverMessage$ = [
  3,
  n0,
  _TFM,
  0,
  [_RGIe, _NGI],
  [0, 0],
  2
];
var TestFailoverResult$ = [
  3,
  n0,
  _TFR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var TestMigrationMessage$ = [
  3,
  n0,
  _TMM,
  0,
  [_RGIe, _CNEL],
  [0, () => CustomerNodeEndpointList],
  2
];
var TestMigrationResponse$ = [
  3,
  n0,
  _TMR,
  0,
  [_RG],
  [[() => ReplicationGroup$, 0]]
];
var TimeRangeFilter$ = [
  3,
  n0,
  _TRF,
  0,
  [_STt, _ET],
  [4, 4]
];
var UnprocessedUpdateAction$ = [
  3,
  n0,
  _UUA,
  0,
  [_RGIe, _CCIa, _SUN, _ETr, _EMr],
  [0, 0, 0, 0, 0]
];
var UpdateAction$ = [
  3,
  n0,
  _UA,
  0,
  [_RGIe, _CCIa, _SUN, _SURD, _SUSe, _SUS, _SURABD, _SUT, _UAAD, _UAS, _NU, _UASMD, _SMl, _NGUS, _CNUS, _EUT, _E],
  [0, 0, 0, 4, 0, 0, 4, 0, 4, 0, 0, 4, 0, [() => NodeGroupUpdateStatusList, 0], [() => CacheNodeUpdateStatusList, 0], 0, 0]
];
var UpdateActionResultsMessage$ = [
  3,
  n0,
  _UARM,
  0,
  [_PUAr, _UUAn],
  [[() => ProcessedUpdateActionList, 0], [() => UnprocessedUpdateActionList, 0]]
];
var UpdateActionsMessage$ = [
  3,
  n0,
  _UAM,
  0,
  [_M, _UAp],
  [0, [() => UpdateActionList, 0]]
];
var User$ = [
  3,
  n0,
  _Use,
  0,
  [_UIs, _UN, _St, _E, _MEV, _AS, _UGI, _A, _ARN],
  [0, 0, 0, 0, 0, 0, 64 | 0, () => Authentication$, 0]
];
var UserGroup$ = [
  3,
  n0,
  _UGs,
  0,
  [_UGIs, _St, _E, _UI, _MEV, _PCe, _RGe, _SCe, _ARN],
  [0, 0, 0, 64 | 0, 0, () => UserGroupPendingChanges$, 64 | 0, 64 | 0, 0]
];
var UserGroupPendingChanges$ = [
  3,
  n0,
  _UGPC,
  0,
  [_UITR, _UITA],
  [64 | 0, 64 | 0]
];
var UserGroupsUpdateStatus$ = [
  3,
  n0,
  _UGUS,
  0,
  [_UGITA, _UGITR],
  [64 | 0, 64 | 0]
];
var __Unit = "unit";
var AvailabilityZonesList = [
  1,
  n0,
  _AZL,
  0,
  [
    0,
    { [_xN]: _AZ }
  ]
];
var CacheClusterIdList = 64 | 0;
var CacheClusterList = [
  1,
  n0,
  _CCL,
  0,
  [
    () => CacheCluster$,
    { [_xN]: _CC }
  ]
];
var CacheEngineVersionList = [
  1,
  n0,
  _CEVL,
  0,
  [
    () => CacheEngineVersion$,
    { [_xN]: _CEV }
  ]
];
var CacheNodeIdsList = [
  1,
  n0,
  _CNIL,
  0,
  [
    0,
    { [_xN]: _CNI }
  ]
];
var CacheNodeList = [
  1,
  n0,
  _CNL,
  0,
  [
    () => CacheNode$,
    { [_xN]: _CNa }
  ]
];
var CacheNodeTypeSpecificParametersList = [
  1,
  n0,
  _CNTSPL,
  0,
  [
    () => CacheNodeTypeSpecificParameter$,
    { [_xN]: _CNTSP }
  ]
];
var CacheNodeTypeSpecificValueList = [
  1,
  n0,
  _CNTSVL,
  0,
  [
    () => CacheNodeTypeSpecificValue$,
    { [_xN]: _CNTSVa }
  ]
];
var CacheNodeUpdateStatusList = [
  1,
  n0,
  _CNUSL,
  0,
  [
    () => CacheNodeUpdateStatus$,
    { [_xN]: _CNUS }
  ]
];
var CacheParameterGroupList = [
  1,
  n0,
  _CPGL,
  0,
  [
    () => CacheParameterGroup$,
    { [_xN]: _CPG }
  ]
];
var CacheSecurityGroupMembershipList = [
  1,
  n0,
  _CSGML,
  0,
  [
    () => CacheSecurityGroupMembership$,
    { [_xN]: _CSG }
  ]
];
var CacheSecurityGroupNameList = [
  1,
  n0,
  _CSGNL,
  0,
  [
    0,
    { [_xN]: _CSGN }
  ]
];
var CacheSecurityGroups = [
  1,
  n0,
  _CSGa,
  0,
  [
    () => CacheSecurityGroup$,
    { [_xN]: _CSG }
  ]
];
var CacheSubnetGroups = [
  1,
  n0,
  _CSGach,
  0,
  [
    () => CacheSubnetGroup$,
    { [_xN]: _CSGac }
  ]
];
var ClusterIdList = [
  1,
  n0,
  _CIL,
  0,
  [
    0,
    { [_xN]: _CI }
  ]
];
var CustomerNodeEndpointList = [
  1,
  n0,
  _CNEL,
  0,
  () => CustomerNodeEndpoint$
];
var EC2SecurityGroupList = [
  1,
  n0,
  _ECSGL,
  0,
  [
    () => EC2SecurityGroup$,
    { [_xN]: _ECSGe }
  ]
];
var EventList = [
  1,
  n0,
  _EL,
  0,
  [
    () => Event$,
    { [_xN]: _Ev }
  ]
];
var FilterList = [
  1,
  n0,
  _FL,
  0,
  () => Filter$
];
var FilterValueList = 64 | 0;
var GlobalNodeGroupIdList = [
  1,
  n0,
  _GNGIL,
  0,
  [
    0,
    { [_xN]: _GNGI }
  ]
];
var GlobalNodeGroupList = [
  1,
  n0,
  _GNGL,
  0,
  [
    () => GlobalNodeGroup$,
    { [_xN]: _GNG }
  ]
];
var GlobalReplicationGroupList = [
  1,
  n0,
  _GRGL,
  0,
  [
    () => GlobalReplicationGroup$,
    { [_xN]: _GRG }
  ]
];
var GlobalReplicationGroupMemberList = [
  1,
  n0,
  _GRGML,
  0,
  [
    () => GlobalReplicationGroupMember$,
    { [_xN]: _GRGM }
  ]
];
var KeyList = 64 | 0;
var LogDeliveryConfigurationList = [
  1,
  n0,
  _LDCL,
  0,
  [
    () => LogDeliveryConfiguration$,
    { [_xN]: _LDCo }
  ]
];
var LogDeliveryConfigurationRequestList = [
  1,
  n0,
  _LDCRL,
  0,
  [
    () => LogDeliveryConfigurationRequest$,
    { [_xN]: _LDCR }
  ]
];
var NetworkTypeList = 64 | 0;
var NodeGroupConfigurationList = [
  1,
  n0,
  _NGCL,
  0,
  [
    () => NodeGroupConfiguration$,
    { [_xN]: _NGC }
  ]
];
var NodeGroupList = [
  1,
  n0,
  _NGL,
  0,
  [
    () => NodeGroup$,
    { [_xN]: _NG }
  ]
];
var NodeGroupMemberList = [
  1,
  n0,
  _NGML,
  0,
  [
    () => NodeGroupMember$,
    { [_xN]: _NGMo }
  ]
];
var NodeGroupMemberUpdateStatusList = [
  1,
  n0,
  _NGMUSL,
  0,
  [
    () => NodeGroupMemberUpdateStatus$,
    { [_xN]: _NGMUS }
  ]
];
var NodeGroupsToRemoveList = [
  1,
  n0,
  _NGTRL,
  0,
  [
    0,
    { [_xN]: _NGTRod }
  ]
];
var NodeGroupsToRetainList = [
  1,
  n0,
  _NGTRLo,
  0,
  [
    0,
    { [_xN]: _NGTRode }
  ]
];
var NodeGroupUpdateStatusList = [
  1,
  n0,
  _NGUSL,
  0,
  [
    () => NodeGroupUpdateStatus$,
    { [_xN]: _NGUS }
  ]
];
var NodeSnapshotList = [
  1,
  n0,
  _NSL,
  0,
  [
    () => NodeSnapshot$,
    { [_xN]: _NS }
  ]
];
var NodeTypeList = 64 | 0;
var OutpostArnsList = [
  1,
  n0,
  _OAL,
  0,
  [
    0,
    { [_xN]: _OA }
  ]
];
var ParameterNameValueList = [
  1,
  n0,
  _PNVL,
  0,
  [
    () => ParameterNameValue$,
    { [_xN]: _PNVa }
  ]
];
var ParametersList = [
  1,
  n0,
  _PL,
  0,
  [
    () => Parameter$,
    { [_xN]: _Par }
  ]
];
var PasswordListInput = 64 | 0;
var PendingLogDeliveryConfigurationList = [
  1,
  n0,
  _PLDCL,
  0,
  () => PendingLogDeliveryConfiguration$
];
var PreferredAvailabilityZoneList = [
  1,
  n0,
  _PAZL,
  0,
  [
    0,
    { [_xN]: _PAZ }
  ]
];
var PreferredOutpostArnList = [
  1,
  n0,
  _POAL,
  0,
  [
    0,
    { [_xN]: _POA }
  ]
];
var ProcessedUpdateActionList = [
  1,
  n0,
  _PUAL,
  0,
  [
    () => ProcessedUpdateAction$,
    { [_xN]: _PUA }
  ]
];
var RecurringChargeList = [
  1,
  n0,
  _RCL,
  0,
  [
    () => RecurringCharge$,
    { [_xN]: _RCec }
  ]
];
var RegionalConfigurationList = [
  1,
  n0,
  _RCLe,
  0,
  [
    () => RegionalConfiguration$,
    { [_xN]: _RCeg }
  ]
];
var RemoveReplicasList = 64 | 0;
var ReplicaConfigurationList = [
  1,
  n0,
  _RCLep,
  0,
  [
    () => ConfigureShard$,
    { [_xN]: _CS }
  ]
];
var ReplicationGroupIdList = 64 | 0;
var ReplicationGroupList = [
  1,
  n0,
  _RGL,
  0,
  [
    () => ReplicationGroup$,
    { [_xN]: _RG }
  ]
];
var ReplicationGroupOutpostArnList = [
  1,
  n0,
  _RGOAL,
  0,
  [
    0,
    { [_xN]: _RGOA }
  ]
];
var ReservedCacheNodeList = [
  1,
  n0,
  _RCNL,
  0,
  [
    () => ReservedCacheNode$,
    { [_xN]: _RCN }
  ]
];
var ReservedCacheNodesOfferingList = [
  1,
  n0,
  _RCNOL,
  0,
  [
    () => ReservedCacheNodesOffering$,
    { [_xN]: _RCNO }
  ]
];
var ReshardingConfigurationList = [
  1,
  n0,
  _RCLes,
  0,
  [
    () => ReshardingConfiguration$,
    { [_xN]: _RCes }
  ]
];
var SecurityGroupIdsList = [
  1,
  n0,
  _SGIL,
  0,
  [
    0,
    { [_xN]: _SGIe }
  ]
];
var SecurityGroupMembershipList = [
  1,
  n0,
  _SGML,
  0,
  () => SecurityGroupMembership$
];
var ServerlessCacheList = [
  1,
  n0,
  _SCL,
  0,
  [
    () => ServerlessCache$,
    0
  ]
];
var ServerlessCacheSnapshotList = [
  1,
  n0,
  _SCSL,
  0,
  [
    () => ServerlessCacheSnapshot$,
    { [_xN]: _SCS }
  ]
];
var ServiceUpdateList = [
  1,
  n0,
  _SUL,
  0,
  [
    () => ServiceUpdate$,
    { [_xN]: _SU }
  ]
];
var ServiceUpdateStatusList = 64 | 0;
var SnapshotArnsList = [
  1,
  n0,
  _SAL,
  0,
  [
    0,
    { [_xN]: _SAn }
  ]
];
var SnapshotList = [
  1,
  n0,
  _SL,
  0,
  [
    () => Snapshot$,
    { [_xN]: _Sn }
  ]
];
var SubnetIdentifierList = [
  1,
  n0,
  _SIL,
  0,
  [
    0,
    { [_xN]: _SIu }
  ]
];
var SubnetIdsList = [
  1,
  n0,
  _SILu,
  0,
  [
    0,
    { [_xN]: _SIub }
  ]
];
var SubnetList = [
  1,
  n0,
  _SLu,
  0,
  [
    () => Subnet$,
    { [_xN]: _Sub }
  ]
];
var TagList = [
  1,
  n0,
  _TL,
  0,
  [
    () => Tag$,
    { [_xN]: _Ta }
  ]
];
var UGReplicationGroupIdList = 64 | 0;
var UGServerlessCacheIdList = 64 | 0;
var UnprocessedUpdateActionList = [
  1,
  n0,
  _UUAL,
  0,
  [
    () => UnprocessedUpdateAction$,
    { [_xN]: _UUA }
  ]
];
var UpdateActionList = [
  1,
  n0,
  _UAL,
  0,
  [
    () => UpdateAction$,
    { [_xN]: _UA }
  ]
];
var UpdateActionStatusList = 64 | 0;
var UserGroupIdList = 64 | 0;
var UserGroupIdListInput = 64 | 0;
var UserGroupList = [
  1,
  n0,
  _UGL,
  0,
  () => UserGroup$
];
var UserIdList = 64 | 0;
var UserIdListInput = 64 | 0;
var UserList = [
  1,
  n0,
  _UL,
  0,
  () => User$
];
var AddTagsToResource$ = [
  9,
  n0,
  _ATTR,
  0,
  () => AddTagsToResourceMessage$,
  () => TagListMessage$
];
var AuthorizeCacheSecurityGroupIngress$ = [
  9,
  n0,
  _ACSGI,
  0,
  () => AuthorizeCacheSecurityGroupIngressMessage$,
  () => AuthorizeCacheSecurityGroupIngressResult$
];
var BatchApplyUpdateAction$ = [
  9,
  n0,
  _BAUA,
  0,
  () => BatchApplyUpdateActionMessage$,
  () => UpdateActionResultsMessage$
];
var BatchStopUpdateAction$ = [
  9,
  n0,
  _BSUA,
  0,
  () => BatchStopUpdateActionMessage$,
  () => UpdateActionResultsMessage$
];
var CompleteMigration$ = [
  9,
  n0,
  _CMo,
  0,
  () => CompleteMigrationMessage$,
  () => CompleteMigrationResponse$
];
var CopyServerlessCacheSnapshot$ = [
  9,
  n0,
  _CSCS,
  0,
  () => CopyServerlessCacheSnapshotRequest$,
  () => CopyServerlessCacheSnapshotResponse$
];
var CopySnapshot$ = [
  9,
  n0,
  _CSo,
  0,
  () => CopySnapshotMessage$,
  () => CopySnapshotResult$
];
var CreateCacheCluster$ = [
  9,
  n0,
  _CCC,
  0,
  () => CreateCacheClusterMessage$,
  () => CreateCacheClusterResult$
];
var CreateCacheParameterGroup$ = [
  9,
  n0,
  _CCPG,
  0,
  () => CreateCacheParameterGroupMessage$,
  () => CreateCacheParameterGroupResult$
];
var CreateCacheSecurityGroup$ = [
  9,
  n0,
  _CCSG,
  0,
  () => CreateCacheSecurityGroupMessage$,
  () => CreateCacheSecurityGroupResult$
];
var CreateCacheSubnetGroup$ = [
  9,
  n0,
  _CCSGr,
  0,
  () => CreateCacheSubnetGroupMessage$,
  () => CreateCacheSubnetGroupResult$
];
var CreateGlobalReplicationGroup$ = [
  9,
  n0,
  _CGRG,
  0,
  () => CreateGlobalReplicationGroupMessage$,
  () => CreateGlobalReplicationGroupResult$
];
var CreateReplicationGroup$ = [
  9,
  n0,
  _CRG,
  0,
  () => CreateReplicationGroupMessage$,
  () => CreateReplicationGroupResult$
];
var CreateServerlessCache$ = [
  9,
  n0,
  _CSC,
  0,
  () => CreateServerlessCacheRequest$,
  () => CreateServerlessCacheResponse$
];
var CreateServerlessCacheSnapshot$ = [
  9,
  n0,
  _CSCSr,
  0,
  () => CreateServerlessCacheSnapshotRequest$,
  () => CreateServerlessCacheSnapshotResponse$
];
var CreateSnapshot$ = [
  9,
  n0,
  _CSr,
  0,
  () => CreateSnapshotMessage$,
  () => CreateSnapshotResult$
];
var CreateUser$ = [
  9,
  n0,
  _CU,
  0,
  () => CreateUserMessage$,
  () => User$
];
var CreateUserGroup$ = [
  9,
  n0,
  _CUG,
  0,
  () => CreateUserGroupMessage$,
  () => UserGroup$
];
var DecreaseNodeGroupsInGlobalReplicationGroup$ = [
  9,
  n0,
  _DNGIGRG,
  0,
  () => DecreaseNodeGroupsInGlobalReplicationGroupMessage$,
  () => DecreaseNodeGroupsInGlobalReplicationGroupResult$
];
var DecreaseReplicaCount$ = [
  9,
  n0,
  _DRC,
  0,
  () => DecreaseReplicaCountMessage$,
  () => DecreaseReplicaCountResult$
];
var DeleteCacheCluster$ = [
  9,
  n0,
  _DCC,
  0,
  () => DeleteCacheClusterMessage$,
  () => DeleteCacheClusterResult$
];
var DeleteCacheParameterGroup$ = [
  9,
  n0,
  _DCPG,
  0,
  () => DeleteCacheParameterGroupMessage$,
  () => __Unit
];
var DeleteCacheSecurityGroup$ = [
  9,
  n0,
  _DCSG,
  0,
  () => DeleteCacheSecurityGroupMessage$,
  () => __Unit
];
var DeleteCacheSubnetGroup$ = [
  9,
  n0,
  _DCSGe,
  0,
  () => DeleteCacheSubnetGroupMessage$,
  () => __Unit
];
var DeleteGlobalReplicationGroup$ = [
  9,
  n0,
  _DGRG,
  0,
  () => DeleteGlobalReplicationGroupMessage$,
  () => DeleteGlobalReplicationGroupResult$
];
var DeleteReplicationGroup$ = [
  9,
  n0,
  _DRG,
  0,
  () => DeleteReplicationGroupMessage$,
  () => DeleteReplicationGroupResult$
];
var DeleteServerlessCache$ = [
  9,
  n0,
  _DSC,
  0,
  () => DeleteServerlessCacheRequest$,
  () => DeleteServerlessCacheResponse$
];
var DeleteServerlessCacheSnapshot$ = [
  9,
  n0,
  _DSCS,
  0,
  () => DeleteServerlessCacheSnapshotRequest$,
  () => DeleteServerlessCacheSnapshotResponse$
];
var DeleteSnapshot$ = [
  9,
  n0,
  _DSel,
  0,
  () => DeleteSnapshotMessage$,
  () => DeleteSnapshotResult$
];
var DeleteUser$ = [
  9,
  n0,
  _DU,
  0,
  () => DeleteUserMessage$,
  () => User$
];
var DeleteUserGroup$ = [
  9,
  n0,
  _DUG,
  0,
  () => DeleteUserGroupMessage$,
  () => UserGroup$
];
var DescribeCacheClusters$ = [
  9,
  n0,
  _DCCe,
  0,
  () => DescribeCacheClustersMessage$,
  () => CacheClusterMessage$
];
var DescribeCacheEngineVersions$ = [
  9,
  n0,
  _DCEV,
  0,
  () => DescribeCacheEngineVersionsMessage$,
  () => CacheEngineVersionMessage$
];
var DescribeCacheParameterGroups$ = [
  9,
  n0,
  _DCPGe,
  0,
  () => DescribeCacheParameterGroupsMessage$,
  () => CacheParameterGroupsMessage$
];
var DescribeCacheParameters$ = [
  9,
  n0,
  _DCP,
  0,
  () => DescribeCacheParametersMessage$,
  () => CacheParameterGroupDetails$
];
var DescribeCacheSecurityGroups$ = [
  9,
  n0,
  _DCSGes,
  0,
  () => DescribeCacheSecurityGroupsMessage$,
  () => CacheSecurityGroupMessage$
];
var DescribeCacheSubnetGroups$ = [
  9,
  n0,
  _DCSGesc,
  0,
  () => DescribeCacheSubnetGroupsMessage$,
  () => CacheSubnetGroupMessage$
];
var DescribeEngineDefaultParameters$ = [
  9,
  n0,
  _DEDP,
  0,
  () => DescribeEngineDefaultParametersMessage$,
  () => DescribeEngineDefaultParametersResult$
];
var DescribeEvents$ = [
  9,
  n0,
  _DE,
  0,
  () => DescribeEventsMessage$,
  () => EventsMessage$
];
var DescribeGlobalReplicationGroups$ = [
  9,
  n0,
  _DGRGe,
  0,
  () => DescribeGlobalReplicationGroupsMessage$,
  () => DescribeGlobalReplicationGroupsResult$
];
var DescribeReplicationGroups$ = [
  9,
  n0,
  _DRGe,
  0,
  () => DescribeReplicationGroupsMessage$,
  () => ReplicationGroupMessage$
];
var DescribeReservedCacheNodes$ = [
  9,
  n0,
  _DRCN,
  0,
  () => DescribeReservedCacheNodesMessage$,
  () => ReservedCacheNodeMessage$
];
var DescribeReservedCacheNodesOfferings$ = [
  9,
  n0,
  _DRCNO,
  0,
  () => DescribeReservedCacheNodesOfferingsMessage$,
  () => ReservedCacheNodesOfferingMessage$
];
var DescribeServerlessCaches$ = [
  9,
  n0,
  _DSCe,
  0,
  () => DescribeServerlessCachesRequest$,
  () => DescribeServerlessCachesResponse$
];
var DescribeServerlessCacheSnapshots$ = [
  9,
  n0,
  _DSCSe,
  0,
  () => DescribeServerlessCacheSnapshotsRequest$,
  () => DescribeServerlessCacheSnapshotsResponse$
];
var DescribeServiceUpdates$ = [
  9,
  n0,
  _DSU,
  0,
  () => DescribeServiceUpdatesMessage$,
  () => ServiceUpdatesMessage$
];
var DescribeSnapshots$ = [
  9,
  n0,
  _DSes,
  0,
  () => DescribeSnapshotsMessage$,
  () => DescribeSnapshotsListMessage$
];
var DescribeUpdateActions$ = [
  9,
  n0,
  _DUA,
  0,
  () => DescribeUpdateActionsMessage$,
  () => UpdateActionsMessage$
];
var DescribeUserGroups$ = [
  9,
  n0,
  _DUGe,
  0,
  () => DescribeUserGroupsMessage$,
  () => DescribeUserGroupsResult$
];
var DescribeUsers$ = [
  9,
  n0,
  _DUe,
  0,
  () => DescribeUsersMessage$,
  () => DescribeUsersResult$
];
var DisassociateGlobalReplicationGroup$ = [
  9,
  n0,
  _DGRGi,
  0,
  () => DisassociateGlobalReplicationGroupMessage$,
  () => DisassociateGlobalReplicationGroupResult$
];
var ExportServerlessCacheSnapshot$ = [
  9,
  n0,
  _ESCS,
  0,
  () => ExportServerlessCacheSnapshotRequest$,
  () => ExportServerlessCacheSnapshotResponse$
];
var FailoverGlobalReplicationGroup$ = [
  9,
  n0,
  _FGRG,
  0,
  () => FailoverGlobalReplicationGroupMessage$,
  () => FailoverGlobalReplicationGroupResult$
];
var IncreaseNodeGroupsInGlobalReplicationGroup$ = [
  9,
  n0,
  _INGIGRG,
  0,
  () => IncreaseNodeGroupsInGlobalReplicationGroupMessage$,
  () => IncreaseNodeGroupsInGlobalReplicationGroupResult$
];
var IncreaseReplicaCount$ = [
  9,
  n0,
  _IRC,
  0,
  () => IncreaseReplicaCountMessage$,
  () => IncreaseReplicaCountResult$
];
var ListAllowedNodeTypeModifications$ = [
  9,
  n0,
  _LANTM,
  0,
  () => ListAllowedNodeTypeModificationsMessage$,
  () => AllowedNodeTypeModificationsMessage$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  0,
  () => ListTagsForResourceMessage$,
  () => TagListMessage$
];
var ModifyCacheCluster$ = [
  9,
  n0,
  _MCC,
  0,
  () => ModifyCacheClusterMessage$,
  () => ModifyCacheClusterResult$
];
var ModifyCacheParameterGroup$ = [
  9,
  n0,
  _MCPG,
  0,
  () => ModifyCacheParameterGroupMessage$,
  () => CacheParameterGroupNameMessage$
];
var ModifyCacheSubnetGroup$ = [
  9,
  n0,
  _MCSG,
  0,
  () => ModifyCacheSubnetGroupMessage$,
  () => ModifyCacheSubnetGroupResult$
];
var ModifyGlobalReplicationGroup$ = [
  9,
  n0,
  _MGRG,
  0,
  () => ModifyGlobalReplicationGroupMessage$,
  () => ModifyGlobalReplicationGroupResult$
];
var ModifyReplicationGroup$ = [
  9,
  n0,
  _MRG,
  0,
  () => ModifyReplicationGroupMessage$,
  () => ModifyReplicationGroupResult$
];
var ModifyReplicationGroupShardConfiguration$ = [
  9,
  n0,
  _MRGSC,
  0,
  () => ModifyReplicationGroupShardConfigurationMessage$,
  () => ModifyReplicationGroupShardConfigurationResult$
];
var ModifyServerlessCache$ = [
  9,
  n0,
  _MSC,
  0,
  () => ModifyServerlessCacheRequest$,
  () => ModifyServerlessCacheResponse$
];
var ModifyUser$ = [
  9,
  n0,
  _MU,
  0,
  () => ModifyUserMessage$,
  () => User$
];
var ModifyUserGroup$ = [
  9,
  n0,
  _MUG,
  0,
  () => ModifyUserGroupMessage$,
  () => UserGroup$
];
var PurchaseReservedCacheNodesOffering$ = [
  9,
  n0,
  _PRCNO,
  0,
  () => PurchaseReservedCacheNodesOfferingMessage$,
  () => PurchaseReservedCacheNodesOfferingResult$
];
var RebalanceSlotsInGlobalReplicationGroup$ = [
  9,
  n0,
  _RSIGRG,
  0,
  () => RebalanceSlotsInGlobalReplicationGroupMessage$,
  () => RebalanceSlotsInGlobalReplicationGroupResult$
];
var RebootCacheCluster$ = [
  9,
  n0,
  _RCC,
  0,
  () => RebootCacheClusterMessage$,
  () => RebootCacheClusterResult$
];
var RemoveTagsFromResource$ = [
  9,
  n0,
  _RTFR,
  0,
  () => RemoveTagsFromResourceMessage$,
  () => TagListMessage$
];
var ResetCacheParameterGroup$ = [
  9,
  n0,
  _RCPG,
  0,
  () => ResetCacheParameterGroupMessage$,
  () => CacheParameterGroupNameMessage$
];
var RevokeCacheSecurityGroupIngress$ = [
  9,
  n0,
  _RCSGI,
  0,
  () => RevokeCacheSecurityGroupIngressMessage$,
  () => RevokeCacheSecurityGroupIngressResult$
];
var StartMigration$ = [
  9,
  n0,
  _SMt,
  0,
  () => StartMigrationMessage$,
  () => StartMigrationResponse$
];
var TestFailover$ = [
  9,
  n0,
  _TF,
  0,
  () => TestFailoverMessage$,
  () => TestFailoverResult$
];
var TestMigration$ = [
  9,
  n0,
  _TM,
  0,
  () => TestMigrationMessage$,
  () => TestMigrationResponse$
];

// node_modules/@aws-sdk/client-elasticache/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-02-02",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElastiCacheHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.elasticache",
      errorTypeRegistries,
      xmlNamespace: "http://elasticache.amazonaws.com/doc/2015-02-02/",
      version: "2015-02-02",
      serviceTarget: "AmazonElastiCacheV9"
    },
    serviceId: config?.serviceId ?? "ElastiCache",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-elasticache/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-elasticache/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-elasticache/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-elasticache/dist-es/ElastiCacheClient.js
var ElastiCacheClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultElastiCacheHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-elasticache/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonElastiCacheV9", "ElastiCacheClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/AddTagsToResourceCommand.js
var AddTagsToResourceCommand = class extends command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/AuthorizeCacheSecurityGroupIngressCommand.js
var AuthorizeCacheSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "AuthorizeCacheSecurityGroupIngress", AuthorizeCacheSecurityGroupIngress$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/BatchApplyUpdateActionCommand.js
var BatchApplyUpdateActionCommand = class extends command(_ep0, _mw0, "BatchApplyUpdateAction", BatchApplyUpdateAction$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/BatchStopUpdateActionCommand.js
var BatchStopUpdateActionCommand = class extends command(_ep0, _mw0, "BatchStopUpdateAction", BatchStopUpdateAction$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CompleteMigrationCommand.js
var CompleteMigrationCommand = class extends command(_ep0, _mw0, "CompleteMigration", CompleteMigration$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CopyServerlessCacheSnapshotCommand.js
var CopyServerlessCacheSnapshotCommand = class extends command(_ep0, _mw0, "CopyServerlessCacheSnapshot", CopyServerlessCacheSnapshot$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CopySnapshotCommand.js
var CopySnapshotCommand = class extends command(_ep0, _mw0, "CopySnapshot", CopySnapshot$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateCacheClusterCommand.js
var CreateCacheClusterCommand = class extends command(_ep0, _mw0, "CreateCacheCluster", CreateCacheCluster$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateCacheParameterGroupCommand.js
var CreateCacheParameterGroupCommand = class extends command(_ep0, _mw0, "CreateCacheParameterGroup", CreateCacheParameterGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateCacheSecurityGroupCommand.js
var CreateCacheSecurityGroupCommand = class extends command(_ep0, _mw0, "CreateCacheSecurityGroup", CreateCacheSecurityGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateCacheSubnetGroupCommand.js
var CreateCacheSubnetGroupCommand = class extends command(_ep0, _mw0, "CreateCacheSubnetGroup", CreateCacheSubnetGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateGlobalReplicationGroupCommand.js
var CreateGlobalReplicationGroupCommand = class extends command(_ep0, _mw0, "CreateGlobalReplicationGroup", CreateGlobalReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateReplicationGroupCommand.js
var CreateReplicationGroupCommand = class extends command(_ep0, _mw0, "CreateReplicationGroup", CreateReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateServerlessCacheCommand.js
var CreateServerlessCacheCommand = class extends command(_ep0, _mw0, "CreateServerlessCache", CreateServerlessCache$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateServerlessCacheSnapshotCommand.js
var CreateServerlessCacheSnapshotCommand = class extends command(_ep0, _mw0, "CreateServerlessCacheSnapshot", CreateServerlessCacheSnapshot$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateSnapshotCommand.js
var CreateSnapshotCommand = class extends command(_ep0, _mw0, "CreateSnapshot", CreateSnapshot$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateUserCommand.js
var CreateUserCommand = class extends command(_ep0, _mw0, "CreateUser", CreateUser$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/CreateUserGroupCommand.js
var CreateUserGroupCommand = class extends command(_ep0, _mw0, "CreateUserGroup", CreateUserGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DecreaseNodeGroupsInGlobalReplicationGroupCommand.js
var DecreaseNodeGroupsInGlobalReplicationGroupCommand = class extends command(_ep0, _mw0, "DecreaseNodeGroupsInGlobalReplicationGroup", DecreaseNodeGroupsInGlobalReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DecreaseReplicaCountCommand.js
var DecreaseReplicaCountCommand = class extends command(_ep0, _mw0, "DecreaseReplicaCount", DecreaseReplicaCount$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteCacheClusterCommand.js
var DeleteCacheClusterCommand = class extends command(_ep0, _mw0, "DeleteCacheCluster", DeleteCacheCluster$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteCacheParameterGroupCommand.js
var DeleteCacheParameterGroupCommand = class extends command(_ep0, _mw0, "DeleteCacheParameterGroup", DeleteCacheParameterGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteCacheSecurityGroupCommand.js
var DeleteCacheSecurityGroupCommand = class extends command(_ep0, _mw0, "DeleteCacheSecurityGroup", DeleteCacheSecurityGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteCacheSubnetGroupCommand.js
var DeleteCacheSubnetGroupCommand = class extends command(_ep0, _mw0, "DeleteCacheSubnetGroup", DeleteCacheSubnetGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteGlobalReplicationGroupCommand.js
var DeleteGlobalReplicationGroupCommand = class extends command(_ep0, _mw0, "DeleteGlobalReplicationGroup", DeleteGlobalReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteReplicationGroupCommand.js
var DeleteReplicationGroupCommand = class extends command(_ep0, _mw0, "DeleteReplicationGroup", DeleteReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteServerlessCacheCommand.js
var DeleteServerlessCacheCommand = class extends command(_ep0, _mw0, "DeleteServerlessCache", DeleteServerlessCache$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteServerlessCacheSnapshotCommand.js
var DeleteServerlessCacheSnapshotCommand = class extends command(_ep0, _mw0, "DeleteServerlessCacheSnapshot", DeleteServerlessCacheSnapshot$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteSnapshotCommand.js
var DeleteSnapshotCommand = class extends command(_ep0, _mw0, "DeleteSnapshot", DeleteSnapshot$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteUserCommand.js
var DeleteUserCommand = class extends command(_ep0, _mw0, "DeleteUser", DeleteUser$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DeleteUserGroupCommand.js
var DeleteUserGroupCommand = class extends command(_ep0, _mw0, "DeleteUserGroup", DeleteUserGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeCacheClustersCommand.js
var DescribeCacheClustersCommand = class extends command(_ep0, _mw0, "DescribeCacheClusters", DescribeCacheClusters$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeCacheEngineVersionsCommand.js
var DescribeCacheEngineVersionsCommand = class extends command(_ep0, _mw0, "DescribeCacheEngineVersions", DescribeCacheEngineVersions$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeCacheParameterGroupsCommand.js
var DescribeCacheParameterGroupsCommand = class extends command(_ep0, _mw0, "DescribeCacheParameterGroups", DescribeCacheParameterGroups$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeCacheParametersCommand.js
var DescribeCacheParametersCommand = class extends command(_ep0, _mw0, "DescribeCacheParameters", DescribeCacheParameters$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeCacheSecurityGroupsCommand.js
var DescribeCacheSecurityGroupsCommand = class extends command(_ep0, _mw0, "DescribeCacheSecurityGroups", DescribeCacheSecurityGroups$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeCacheSubnetGroupsCommand.js
var DescribeCacheSubnetGroupsCommand = class extends command(_ep0, _mw0, "DescribeCacheSubnetGroups", DescribeCacheSubnetGroups$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeEngineDefaultParametersCommand.js
var DescribeEngineDefaultParametersCommand = class extends command(_ep0, _mw0, "DescribeEngineDefaultParameters", DescribeEngineDefaultParameters$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeEventsCommand.js
var DescribeEventsCommand = class extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeGlobalReplicationGroupsCommand.js
var DescribeGlobalReplicationGroupsCommand = class extends command(_ep0, _mw0, "DescribeGlobalReplicationGroups", DescribeGlobalReplicationGroups$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeReplicationGroupsCommand.js
var DescribeReplicationGroupsCommand = class extends command(_ep0, _mw0, "DescribeReplicationGroups", DescribeReplicationGroups$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeReservedCacheNodesCommand.js
var DescribeReservedCacheNodesCommand = class extends command(_ep0, _mw0, "DescribeReservedCacheNodes", DescribeReservedCacheNodes$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeReservedCacheNodesOfferingsCommand.js
var DescribeReservedCacheNodesOfferingsCommand = class extends command(_ep0, _mw0, "DescribeReservedCacheNodesOfferings", DescribeReservedCacheNodesOfferings$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeServerlessCachesCommand.js
var DescribeServerlessCachesCommand = class extends command(_ep0, _mw0, "DescribeServerlessCaches", DescribeServerlessCaches$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeServerlessCacheSnapshotsCommand.js
var DescribeServerlessCacheSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeServerlessCacheSnapshots", DescribeServerlessCacheSnapshots$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeServiceUpdatesCommand.js
var DescribeServiceUpdatesCommand = class extends command(_ep0, _mw0, "DescribeServiceUpdates", DescribeServiceUpdates$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeSnapshotsCommand.js
var DescribeSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeSnapshots", DescribeSnapshots$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeUpdateActionsCommand.js
var DescribeUpdateActionsCommand = class extends command(_ep0, _mw0, "DescribeUpdateActions", DescribeUpdateActions$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeUserGroupsCommand.js
var DescribeUserGroupsCommand = class extends command(_ep0, _mw0, "DescribeUserGroups", DescribeUserGroups$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DescribeUsersCommand.js
var DescribeUsersCommand = class extends command(_ep0, _mw0, "DescribeUsers", DescribeUsers$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/DisassociateGlobalReplicationGroupCommand.js
var DisassociateGlobalReplicationGroupCommand = class extends command(_ep0, _mw0, "DisassociateGlobalReplicationGroup", DisassociateGlobalReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ExportServerlessCacheSnapshotCommand.js
var ExportServerlessCacheSnapshotCommand = class extends command(_ep0, _mw0, "ExportServerlessCacheSnapshot", ExportServerlessCacheSnapshot$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/FailoverGlobalReplicationGroupCommand.js
var FailoverGlobalReplicationGroupCommand = class extends command(_ep0, _mw0, "FailoverGlobalReplicationGroup", FailoverGlobalReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/IncreaseNodeGroupsInGlobalReplicationGroupCommand.js
var IncreaseNodeGroupsInGlobalReplicationGroupCommand = class extends command(_ep0, _mw0, "IncreaseNodeGroupsInGlobalReplicationGroup", IncreaseNodeGroupsInGlobalReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/IncreaseReplicaCountCommand.js
var IncreaseReplicaCountCommand = class extends command(_ep0, _mw0, "IncreaseReplicaCount", IncreaseReplicaCount$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ListAllowedNodeTypeModificationsCommand.js
var ListAllowedNodeTypeModificationsCommand = class extends command(_ep0, _mw0, "ListAllowedNodeTypeModifications", ListAllowedNodeTypeModifications$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyCacheClusterCommand.js
var ModifyCacheClusterCommand = class extends command(_ep0, _mw0, "ModifyCacheCluster", ModifyCacheCluster$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyCacheParameterGroupCommand.js
var ModifyCacheParameterGroupCommand = class extends command(_ep0, _mw0, "ModifyCacheParameterGroup", ModifyCacheParameterGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyCacheSubnetGroupCommand.js
var ModifyCacheSubnetGroupCommand = class extends command(_ep0, _mw0, "ModifyCacheSubnetGroup", ModifyCacheSubnetGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyGlobalReplicationGroupCommand.js
var ModifyGlobalReplicationGroupCommand = class extends command(_ep0, _mw0, "ModifyGlobalReplicationGroup", ModifyGlobalReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyReplicationGroupCommand.js
var ModifyReplicationGroupCommand = class extends command(_ep0, _mw0, "ModifyReplicationGroup", ModifyReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyReplicationGroupShardConfigurationCommand.js
var ModifyReplicationGroupShardConfigurationCommand = class extends command(_ep0, _mw0, "ModifyReplicationGroupShardConfiguration", ModifyReplicationGroupShardConfiguration$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyServerlessCacheCommand.js
var ModifyServerlessCacheCommand = class extends command(_ep0, _mw0, "ModifyServerlessCache", ModifyServerlessCache$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyUserCommand.js
var ModifyUserCommand = class extends command(_ep0, _mw0, "ModifyUser", ModifyUser$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ModifyUserGroupCommand.js
var ModifyUserGroupCommand = class extends command(_ep0, _mw0, "ModifyUserGroup", ModifyUserGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/PurchaseReservedCacheNodesOfferingCommand.js
var PurchaseReservedCacheNodesOfferingCommand = class extends command(_ep0, _mw0, "PurchaseReservedCacheNodesOffering", PurchaseReservedCacheNodesOffering$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/RebalanceSlotsInGlobalReplicationGroupCommand.js
var RebalanceSlotsInGlobalReplicationGroupCommand = class extends command(_ep0, _mw0, "RebalanceSlotsInGlobalReplicationGroup", RebalanceSlotsInGlobalReplicationGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/RebootCacheClusterCommand.js
var RebootCacheClusterCommand = class extends command(_ep0, _mw0, "RebootCacheCluster", RebootCacheCluster$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/RemoveTagsFromResourceCommand.js
var RemoveTagsFromResourceCommand = class extends command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/ResetCacheParameterGroupCommand.js
var ResetCacheParameterGroupCommand = class extends command(_ep0, _mw0, "ResetCacheParameterGroup", ResetCacheParameterGroup$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/RevokeCacheSecurityGroupIngressCommand.js
var RevokeCacheSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "RevokeCacheSecurityGroupIngress", RevokeCacheSecurityGroupIngress$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/StartMigrationCommand.js
var StartMigrationCommand = class extends command(_ep0, _mw0, "StartMigration", StartMigration$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/TestFailoverCommand.js
var TestFailoverCommand = class extends command(_ep0, _mw0, "TestFailover", TestFailover$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/commands/TestMigrationCommand.js
var TestMigrationCommand = class extends command(_ep0, _mw0, "TestMigration", TestMigration$) {
};

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeCacheClustersPaginator.js
var paginateDescribeCacheClusters = createPaginator(ElastiCacheClient, DescribeCacheClustersCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeCacheEngineVersionsPaginator.js
var paginateDescribeCacheEngineVersions = createPaginator(ElastiCacheClient, DescribeCacheEngineVersionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeCacheParameterGroupsPaginator.js
var paginateDescribeCacheParameterGroups = createPaginator(ElastiCacheClient, DescribeCacheParameterGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeCacheParametersPaginator.js
var paginateDescribeCacheParameters = createPaginator(ElastiCacheClient, DescribeCacheParametersCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeCacheSecurityGroupsPaginator.js
var paginateDescribeCacheSecurityGroups = createPaginator(ElastiCacheClient, DescribeCacheSecurityGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeCacheSubnetGroupsPaginator.js
var paginateDescribeCacheSubnetGroups = createPaginator(ElastiCacheClient, DescribeCacheSubnetGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeEngineDefaultParametersPaginator.js
var paginateDescribeEngineDefaultParameters = createPaginator(ElastiCacheClient, DescribeEngineDefaultParametersCommand, "Marker", "EngineDefaults.Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeEventsPaginator.js
var paginateDescribeEvents = createPaginator(ElastiCacheClient, DescribeEventsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeGlobalReplicationGroupsPaginator.js
var paginateDescribeGlobalReplicationGroups = createPaginator(ElastiCacheClient, DescribeGlobalReplicationGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeReplicationGroupsPaginator.js
var paginateDescribeReplicationGroups = createPaginator(ElastiCacheClient, DescribeReplicationGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeReservedCacheNodesOfferingsPaginator.js
var paginateDescribeReservedCacheNodesOfferings = createPaginator(ElastiCacheClient, DescribeReservedCacheNodesOfferingsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeReservedCacheNodesPaginator.js
var paginateDescribeReservedCacheNodes = createPaginator(ElastiCacheClient, DescribeReservedCacheNodesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeServerlessCacheSnapshotsPaginator.js
var paginateDescribeServerlessCacheSnapshots = createPaginator(ElastiCacheClient, DescribeServerlessCacheSnapshotsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeServerlessCachesPaginator.js
var paginateDescribeServerlessCaches = createPaginator(ElastiCacheClient, DescribeServerlessCachesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeServiceUpdatesPaginator.js
var paginateDescribeServiceUpdates = createPaginator(ElastiCacheClient, DescribeServiceUpdatesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeSnapshotsPaginator.js
var paginateDescribeSnapshots = createPaginator(ElastiCacheClient, DescribeSnapshotsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeUpdateActionsPaginator.js
var paginateDescribeUpdateActions = createPaginator(ElastiCacheClient, DescribeUpdateActionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeUserGroupsPaginator.js
var paginateDescribeUserGroups = createPaginator(ElastiCacheClient, DescribeUserGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/pagination/DescribeUsersPaginator.js
var paginateDescribeUsers = createPaginator(ElastiCacheClient, DescribeUsersCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-elasticache/dist-es/waiters/waitForCacheClusterAvailable.js
var checkState = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeCacheClustersCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "available";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "deleted") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "deleting") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-network") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "restore-failed") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForCacheClusterAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
var waitUntilCacheClusterAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-elasticache/dist-es/waiters/waitForCacheClusterDeleted.js
var checkState2 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeCacheClustersCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "deleted";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "available") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "creating") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-network") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "modifying") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "restore-failed") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.CacheClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.CacheClusterStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "snapshotting") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "CacheClusterNotFoundFault") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForCacheClusterDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
};
var waitUntilCacheClusterDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-elasticache/dist-es/waiters/waitForReplicationGroupAvailable.js
var checkState3 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeReplicationGroupsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.ReplicationGroups);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "available";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.ReplicationGroups);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "deleted") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForReplicationGroupAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState3);
};
var waitUntilReplicationGroupAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState3);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-elasticache/dist-es/waiters/waitForReplicationGroupDeleted.js
var checkState4 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeReplicationGroupsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.ReplicationGroups);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "deleted";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.ReplicationGroups);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "available") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ReplicationGroupNotFoundFault") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForReplicationGroupDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState4);
};
var waitUntilReplicationGroupDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState4);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-elasticache/dist-es/ElastiCache.js
var commands = {
  AddTagsToResourceCommand,
  AuthorizeCacheSecurityGroupIngressCommand,
  BatchApplyUpdateActionCommand,
  BatchStopUpdateActionCommand,
  CompleteMigrationCommand,
  CopyServerlessCacheSnapshotCommand,
  CopySnapshotCommand,
  CreateCacheClusterCommand,
  CreateCacheParameterGroupCommand,
  CreateCacheSecurityGroupCommand,
  CreateCacheSubnetGroupCommand,
  CreateGlobalReplicationGroupCommand,
  CreateReplicationGroupCommand,
  CreateServerlessCacheCommand,
  CreateServerlessCacheSnapshotCommand,
  CreateSnapshotCommand,
  CreateUserCommand,
  CreateUserGroupCommand,
  DecreaseNodeGroupsInGlobalReplicationGroupCommand,
  DecreaseReplicaCountCommand,
  DeleteCacheClusterCommand,
  DeleteCacheParameterGroupCommand,
  DeleteCacheSecurityGroupCommand,
  DeleteCacheSubnetGroupCommand,
  DeleteGlobalReplicationGroupCommand,
  DeleteReplicationGroupCommand,
  DeleteServerlessCacheCommand,
  DeleteServerlessCacheSnapshotCommand,
  DeleteSnapshotCommand,
  DeleteUserCommand,
  DeleteUserGroupCommand,
  DescribeCacheClustersCommand,
  DescribeCacheEngineVersionsCommand,
  DescribeCacheParameterGroupsCommand,
  DescribeCacheParametersCommand,
  DescribeCacheSecurityGroupsCommand,
  DescribeCacheSubnetGroupsCommand,
  DescribeEngineDefaultParametersCommand,
  DescribeEventsCommand,
  DescribeGlobalReplicationGroupsCommand,
  DescribeReplicationGroupsCommand,
  DescribeReservedCacheNodesCommand,
  DescribeReservedCacheNodesOfferingsCommand,
  DescribeServerlessCachesCommand,
  DescribeServerlessCacheSnapshotsCommand,
  DescribeServiceUpdatesCommand,
  DescribeSnapshotsCommand,
  DescribeUpdateActionsCommand,
  DescribeUserGroupsCommand,
  DescribeUsersCommand,
  DisassociateGlobalReplicationGroupCommand,
  ExportServerlessCacheSnapshotCommand,
  FailoverGlobalReplicationGroupCommand,
  IncreaseNodeGroupsInGlobalReplicationGroupCommand,
  IncreaseReplicaCountCommand,
  ListAllowedNodeTypeModificationsCommand,
  ListTagsForResourceCommand,
  ModifyCacheClusterCommand,
  ModifyCacheParameterGroupCommand,
  ModifyCacheSubnetGroupCommand,
  ModifyGlobalReplicationGroupCommand,
  ModifyReplicationGroupCommand,
  ModifyReplicationGroupShardConfigurationCommand,
  ModifyServerlessCacheCommand,
  ModifyUserCommand,
  ModifyUserGroupCommand,
  PurchaseReservedCacheNodesOfferingCommand,
  RebalanceSlotsInGlobalReplicationGroupCommand,
  RebootCacheClusterCommand,
  RemoveTagsFromResourceCommand,
  ResetCacheParameterGroupCommand,
  RevokeCacheSecurityGroupIngressCommand,
  StartMigrationCommand,
  TestFailoverCommand,
  TestMigrationCommand
};
var paginators = {
  paginateDescribeCacheClusters,
  paginateDescribeCacheEngineVersions,
  paginateDescribeCacheParameterGroups,
  paginateDescribeCacheParameters,
  paginateDescribeCacheSecurityGroups,
  paginateDescribeCacheSubnetGroups,
  paginateDescribeEngineDefaultParameters,
  paginateDescribeEvents,
  paginateDescribeGlobalReplicationGroups,
  paginateDescribeReplicationGroups,
  paginateDescribeReservedCacheNodes,
  paginateDescribeReservedCacheNodesOfferings,
  paginateDescribeServerlessCaches,
  paginateDescribeServerlessCacheSnapshots,
  paginateDescribeServiceUpdates,
  paginateDescribeSnapshots,
  paginateDescribeUpdateActions,
  paginateDescribeUserGroups,
  paginateDescribeUsers
};
var waiters = {
  waitUntilCacheClusterAvailable,
  waitUntilCacheClusterDeleted,
  waitUntilReplicationGroupAvailable,
  waitUntilReplicationGroupDeleted
};
var ElastiCache = class extends ElastiCacheClient {
};
createAggregatedClient(commands, ElastiCache, { paginators, waiters });

// node_modules/@aws-sdk/client-elasticache/dist-es/models/enums.js
var UpdateActionStatus = {
  COMPLETE: "complete",
  IN_PROGRESS: "in-progress",
  NOT_APPLICABLE: "not-applicable",
  NOT_APPLIED: "not-applied",
  SCHEDULED: "scheduled",
  SCHEDULING: "scheduling",
  STOPPED: "stopped",
  STOPPING: "stopping",
  WAITING_TO_START: "waiting-to-start"
};
var AutomaticFailoverStatus = {
  DISABLED: "disabled",
  DISABLING: "disabling",
  ENABLED: "enabled",
  ENABLING: "enabling"
};
var ClusterMode = {
  COMPATIBLE: "compatible",
  DISABLED: "disabled",
  ENABLED: "enabled"
};
var DataTieringStatus = {
  DISABLED: "disabled",
  ENABLED: "enabled"
};
var Durability = {
  ASYNC: "async",
  DEFAULT: "default",
  DISABLED: "disabled",
  SYNC: "sync"
};
var EffectiveDurability = {
  ASYNC: "async",
  DISABLED: "disabled",
  SYNC: "sync"
};
var IpDiscovery = {
  IPV4: "ipv4",
  IPV6: "ipv6"
};
var DestinationType = {
  CloudWatchLogs: "cloudwatch-logs",
  KinesisFirehose: "kinesis-firehose"
};
var LogFormat = {
  JSON: "json",
  TEXT: "text"
};
var LogType = {
  ENGINE_LOG: "engine-log",
  SLOW_LOG: "slow-log"
};
var LogDeliveryConfigurationStatus = {
  ACTIVE: "active",
  DISABLING: "disabling",
  ENABLING: "enabling",
  ERROR: "error",
  MODIFYING: "modifying"
};
var MultiAZStatus = {
  DISABLED: "disabled",
  ENABLED: "enabled"
};
var NetworkType = {
  DUAL_STACK: "dual_stack",
  IPV4: "ipv4",
  IPV6: "ipv6"
};
var AuthTokenUpdateStatus = {
  ROTATING: "ROTATING",
  SETTING: "SETTING"
};
var PendingAutomaticFailoverStatus = {
  DISABLED: "disabled",
  ENABLED: "enabled"
};
var TransitEncryptionMode = {
  PREFERRED: "preferred",
  REQUIRED: "required"
};
var StorageEncryptionType = {
  NONE: "none",
  SSE_ELASTICACHE: "sse-elasticache",
  SSE_KMS: "sse-kms"
};
var AZMode = {
  CROSS_AZ: "cross-az",
  SINGLE_AZ: "single-az"
};
var OutpostMode = {
  CROSS_OUTPOST: "cross-outpost",
  SINGLE_OUTPOST: "single-outpost"
};
var DataStorageUnit = {
  GB: "GB"
};
var InputAuthenticationType = {
  IAM: "iam",
  NO_PASSWORD: "no-password-required",
  PASSWORD: "password"
};
var AuthenticationType = {
  IAM: "iam",
  NO_PASSWORD: "no-password",
  PASSWORD: "password"
};
var ChangeType = {
  immediate: "immediate",
  requires_reboot: "requires-reboot"
};
var SourceType = {
  cache_cluster: "cache-cluster",
  cache_parameter_group: "cache-parameter-group",
  cache_security_group: "cache-security-group",
  cache_subnet_group: "cache-subnet-group",
  replication_group: "replication-group",
  serverless_cache: "serverless-cache",
  serverless_cache_snapshot: "serverless-cache-snapshot",
  user: "user",
  user_group: "user-group"
};
var ServiceUpdateStatus = {
  AVAILABLE: "available",
  CANCELLED: "cancelled",
  EXPIRED: "expired"
};
var ServiceUpdateSeverity = {
  CRITICAL: "critical",
  IMPORTANT: "important",
  LOW: "low",
  MEDIUM: "medium"
};
var ServiceUpdateType = {
  SECURITY_UPDATE: "security-update"
};
var NodeUpdateInitiatedBy = {
  CUSTOMER: "customer",
  SYSTEM: "system"
};
var NodeUpdateStatus = {
  COMPLETE: "complete",
  IN_PROGRESS: "in-progress",
  NOT_APPLIED: "not-applied",
  STOPPED: "stopped",
  STOPPING: "stopping",
  WAITING_TO_START: "waiting-to-start"
};
var SlaMet = {
  NA: "n/a",
  NO: "no",
  YES: "yes"
};
var AuthTokenUpdateStrategyType = {
  DELETE: "DELETE",
  ROTATE: "ROTATE",
  SET: "SET"
};
export {
  Command as $Command,
  APICallRateForCustomerExceededFault,
  APICallRateForCustomerExceededFault$,
  AZMode,
  AddTagsToResource$,
  AddTagsToResourceCommand,
  AddTagsToResourceMessage$,
  AllowedNodeTypeModificationsMessage$,
  AuthTokenUpdateStatus,
  AuthTokenUpdateStrategyType,
  Authentication$,
  AuthenticationMode$,
  AuthenticationType,
  AuthorizationAlreadyExistsFault,
  AuthorizationAlreadyExistsFault$,
  AuthorizationNotFoundFault,
  AuthorizationNotFoundFault$,
  AuthorizeCacheSecurityGroupIngress$,
  AuthorizeCacheSecurityGroupIngressCommand,
  AuthorizeCacheSecurityGroupIngressMessage$,
  AuthorizeCacheSecurityGroupIngressResult$,
  AutomaticFailoverStatus,
  AvailabilityZone$,
  BatchApplyUpdateAction$,
  BatchApplyUpdateActionCommand,
  BatchApplyUpdateActionMessage$,
  BatchStopUpdateAction$,
  BatchStopUpdateActionCommand,
  BatchStopUpdateActionMessage$,
  CacheCluster$,
  CacheClusterAlreadyExistsFault,
  CacheClusterAlreadyExistsFault$,
  CacheClusterMessage$,
  CacheClusterNotFoundFault,
  CacheClusterNotFoundFault$,
  CacheEngineVersion$,
  CacheEngineVersionMessage$,
  CacheNode$,
  CacheNodeTypeSpecificParameter$,
  CacheNodeTypeSpecificValue$,
  CacheNodeUpdateStatus$,
  CacheParameterGroup$,
  CacheParameterGroupAlreadyExistsFault,
  CacheParameterGroupAlreadyExistsFault$,
  CacheParameterGroupDetails$,
  CacheParameterGroupNameMessage$,
  CacheParameterGroupNotFoundFault,
  CacheParameterGroupNotFoundFault$,
  CacheParameterGroupQuotaExceededFault,
  CacheParameterGroupQuotaExceededFault$,
  CacheParameterGroupStatus$,
  CacheParameterGroupsMessage$,
  CacheSecurityGroup$,
  CacheSecurityGroupAlreadyExistsFault,
  CacheSecurityGroupAlreadyExistsFault$,
  CacheSecurityGroupMembership$,
  CacheSecurityGroupMessage$,
  CacheSecurityGroupNotFoundFault,
  CacheSecurityGroupNotFoundFault$,
  CacheSecurityGroupQuotaExceededFault,
  CacheSecurityGroupQuotaExceededFault$,
  CacheSubnetGroup$,
  CacheSubnetGroupAlreadyExistsFault,
  CacheSubnetGroupAlreadyExistsFault$,
  CacheSubnetGroupInUse,
  CacheSubnetGroupInUse$,
  CacheSubnetGroupMessage$,
  CacheSubnetGroupNotFoundFault,
  CacheSubnetGroupNotFoundFault$,
  CacheSubnetGroupQuotaExceededFault,
  CacheSubnetGroupQuotaExceededFault$,
  CacheSubnetQuotaExceededFault,
  CacheSubnetQuotaExceededFault$,
  CacheUsageLimits$,
  ChangeType,
  CloudWatchLogsDestinationDetails$,
  ClusterMode,
  ClusterQuotaForCustomerExceededFault,
  ClusterQuotaForCustomerExceededFault$,
  CompleteMigration$,
  CompleteMigrationCommand,
  CompleteMigrationMessage$,
  CompleteMigrationResponse$,
  ConfigureShard$,
  CopyServerlessCacheSnapshot$,
  CopyServerlessCacheSnapshotCommand,
  CopyServerlessCacheSnapshotRequest$,
  CopyServerlessCacheSnapshotResponse$,
  CopySnapshot$,
  CopySnapshotCommand,
  CopySnapshotMessage$,
  CopySnapshotResult$,
  CreateCacheCluster$,
  CreateCacheClusterCommand,
  CreateCacheClusterMessage$,
  CreateCacheClusterResult$,
  CreateCacheParameterGroup$,
  CreateCacheParameterGroupCommand,
  CreateCacheParameterGroupMessage$,
  CreateCacheParameterGroupResult$,
  CreateCacheSecurityGroup$,
  CreateCacheSecurityGroupCommand,
  CreateCacheSecurityGroupMessage$,
  CreateCacheSecurityGroupResult$,
  CreateCacheSubnetGroup$,
  CreateCacheSubnetGroupCommand,
  CreateCacheSubnetGroupMessage$,
  CreateCacheSubnetGroupResult$,
  CreateGlobalReplicationGroup$,
  CreateGlobalReplicationGroupCommand,
  CreateGlobalReplicationGroupMessage$,
  CreateGlobalReplicationGroupResult$,
  CreateReplicationGroup$,
  CreateReplicationGroupCommand,
  CreateReplicationGroupMessage$,
  CreateReplicationGroupResult$,
  CreateServerlessCache$,
  CreateServerlessCacheCommand,
  CreateServerlessCacheRequest$,
  CreateServerlessCacheResponse$,
  CreateServerlessCacheSnapshot$,
  CreateServerlessCacheSnapshotCommand,
  CreateServerlessCacheSnapshotRequest$,
  CreateServerlessCacheSnapshotResponse$,
  CreateSnapshot$,
  CreateSnapshotCommand,
  CreateSnapshotMessage$,
  CreateSnapshotResult$,
  CreateUser$,
  CreateUserCommand,
  CreateUserGroup$,
  CreateUserGroupCommand,
  CreateUserGroupMessage$,
  CreateUserMessage$,
  CustomerNodeEndpoint$,
  DataStorage$,
  DataStorageUnit,
  DataTieringStatus,
  DecreaseNodeGroupsInGlobalReplicationGroup$,
  DecreaseNodeGroupsInGlobalReplicationGroupCommand,
  DecreaseNodeGroupsInGlobalReplicationGroupMessage$,
  DecreaseNodeGroupsInGlobalReplicationGroupResult$,
  DecreaseReplicaCount$,
  DecreaseReplicaCountCommand,
  DecreaseReplicaCountMessage$,
  DecreaseReplicaCountResult$,
  DefaultUserAssociatedToUserGroupFault,
  DefaultUserAssociatedToUserGroupFault$,
  DefaultUserRequired,
  DefaultUserRequired$,
  DeleteCacheCluster$,
  DeleteCacheClusterCommand,
  DeleteCacheClusterMessage$,
  DeleteCacheClusterResult$,
  DeleteCacheParameterGroup$,
  DeleteCacheParameterGroupCommand,
  DeleteCacheParameterGroupMessage$,
  DeleteCacheSecurityGroup$,
  DeleteCacheSecurityGroupCommand,
  DeleteCacheSecurityGroupMessage$,
  DeleteCacheSubnetGroup$,
  DeleteCacheSubnetGroupCommand,
  DeleteCacheSubnetGroupMessage$,
  DeleteGlobalReplicationGroup$,
  DeleteGlobalReplicationGroupCommand,
  DeleteGlobalReplicationGroupMessage$,
  DeleteGlobalReplicationGroupResult$,
  DeleteReplicationGroup$,
  DeleteReplicationGroupCommand,
  DeleteReplicationGroupMessage$,
  DeleteReplicationGroupResult$,
  DeleteServerlessCache$,
  DeleteServerlessCacheCommand,
  DeleteServerlessCacheRequest$,
  DeleteServerlessCacheResponse$,
  DeleteServerlessCacheSnapshot$,
  DeleteServerlessCacheSnapshotCommand,
  DeleteServerlessCacheSnapshotRequest$,
  DeleteServerlessCacheSnapshotResponse$,
  DeleteSnapshot$,
  DeleteSnapshotCommand,
  DeleteSnapshotMessage$,
  DeleteSnapshotResult$,
  DeleteUser$,
  DeleteUserCommand,
  DeleteUserGroup$,
  DeleteUserGroupCommand,
  DeleteUserGroupMessage$,
  DeleteUserMessage$,
  DescribeCacheClusters$,
  DescribeCacheClustersCommand,
  DescribeCacheClustersMessage$,
  DescribeCacheEngineVersions$,
  DescribeCacheEngineVersionsCommand,
  DescribeCacheEngineVersionsMessage$,
  DescribeCacheParameterGroups$,
  DescribeCacheParameterGroupsCommand,
  DescribeCacheParameterGroupsMessage$,
  DescribeCacheParameters$,
  DescribeCacheParametersCommand,
  DescribeCacheParametersMessage$,
  DescribeCacheSecurityGroups$,
  DescribeCacheSecurityGroupsCommand,
  DescribeCacheSecurityGroupsMessage$,
  DescribeCacheSubnetGroups$,
  DescribeCacheSubnetGroupsCommand,
  DescribeCacheSubnetGroupsMessage$,
  DescribeEngineDefaultParameters$,
  DescribeEngineDefaultParametersCommand,
  DescribeEngineDefaultParametersMessage$,
  DescribeEngineDefaultParametersResult$,
  DescribeEvents$,
  DescribeEventsCommand,
  DescribeEventsMessage$,
  DescribeGlobalReplicationGroups$,
  DescribeGlobalReplicationGroupsCommand,
  DescribeGlobalReplicationGroupsMessage$,
  DescribeGlobalReplicationGroupsResult$,
  DescribeReplicationGroups$,
  DescribeReplicationGroupsCommand,
  DescribeReplicationGroupsMessage$,
  DescribeReservedCacheNodes$,
  DescribeReservedCacheNodesCommand,
  DescribeReservedCacheNodesMessage$,
  DescribeReservedCacheNodesOfferings$,
  DescribeReservedCacheNodesOfferingsCommand,
  DescribeReservedCacheNodesOfferingsMessage$,
  DescribeServerlessCacheSnapshots$,
  DescribeServerlessCacheSnapshotsCommand,
  DescribeServerlessCacheSnapshotsRequest$,
  DescribeServerlessCacheSnapshotsResponse$,
  DescribeServerlessCaches$,
  DescribeServerlessCachesCommand,
  DescribeServerlessCachesRequest$,
  DescribeServerlessCachesResponse$,
  DescribeServiceUpdates$,
  DescribeServiceUpdatesCommand,
  DescribeServiceUpdatesMessage$,
  DescribeSnapshots$,
  DescribeSnapshotsCommand,
  DescribeSnapshotsListMessage$,
  DescribeSnapshotsMessage$,
  DescribeUpdateActions$,
  DescribeUpdateActionsCommand,
  DescribeUpdateActionsMessage$,
  DescribeUserGroups$,
  DescribeUserGroupsCommand,
  DescribeUserGroupsMessage$,
  DescribeUserGroupsResult$,
  DescribeUsers$,
  DescribeUsersCommand,
  DescribeUsersMessage$,
  DescribeUsersResult$,
  DestinationDetails$,
  DestinationType,
  DisassociateGlobalReplicationGroup$,
  DisassociateGlobalReplicationGroupCommand,
  DisassociateGlobalReplicationGroupMessage$,
  DisassociateGlobalReplicationGroupResult$,
  DuplicateUserNameFault,
  DuplicateUserNameFault$,
  Durability,
  EC2SecurityGroup$,
  ECPUPerSecond$,
  EffectiveDurability,
  ElastiCache,
  ElastiCacheClient,
  ElastiCacheServiceException,
  ElastiCacheServiceException$,
  Endpoint$,
  EngineDefaults$,
  Event$,
  EventsMessage$,
  ExportServerlessCacheSnapshot$,
  ExportServerlessCacheSnapshotCommand,
  ExportServerlessCacheSnapshotRequest$,
  ExportServerlessCacheSnapshotResponse$,
  FailoverGlobalReplicationGroup$,
  FailoverGlobalReplicationGroupCommand,
  FailoverGlobalReplicationGroupMessage$,
  FailoverGlobalReplicationGroupResult$,
  Filter$,
  GlobalNodeGroup$,
  GlobalReplicationGroup$,
  GlobalReplicationGroupAlreadyExistsFault,
  GlobalReplicationGroupAlreadyExistsFault$,
  GlobalReplicationGroupInfo$,
  GlobalReplicationGroupMember$,
  GlobalReplicationGroupNotFoundFault,
  GlobalReplicationGroupNotFoundFault$,
  IncreaseNodeGroupsInGlobalReplicationGroup$,
  IncreaseNodeGroupsInGlobalReplicationGroupCommand,
  IncreaseNodeGroupsInGlobalReplicationGroupMessage$,
  IncreaseNodeGroupsInGlobalReplicationGroupResult$,
  IncreaseReplicaCount$,
  IncreaseReplicaCountCommand,
  IncreaseReplicaCountMessage$,
  IncreaseReplicaCountResult$,
  InputAuthenticationType,
  InsufficientCacheClusterCapacityFault,
  InsufficientCacheClusterCapacityFault$,
  InvalidARNFault,
  InvalidARNFault$,
  InvalidCacheClusterStateFault,
  InvalidCacheClusterStateFault$,
  InvalidCacheParameterGroupStateFault,
  InvalidCacheParameterGroupStateFault$,
  InvalidCacheSecurityGroupStateFault,
  InvalidCacheSecurityGroupStateFault$,
  InvalidCredentialsException,
  InvalidCredentialsException$,
  InvalidGlobalReplicationGroupStateFault,
  InvalidGlobalReplicationGroupStateFault$,
  InvalidKMSKeyFault,
  InvalidKMSKeyFault$,
  InvalidParameterCombinationException,
  InvalidParameterCombinationException$,
  InvalidParameterValueException,
  InvalidParameterValueException$,
  InvalidReplicationGroupStateFault,
  InvalidReplicationGroupStateFault$,
  InvalidServerlessCacheSnapshotStateFault,
  InvalidServerlessCacheSnapshotStateFault$,
  InvalidServerlessCacheStateFault,
  InvalidServerlessCacheStateFault$,
  InvalidSnapshotStateFault,
  InvalidSnapshotStateFault$,
  InvalidSubnet,
  InvalidSubnet$,
  InvalidUserGroupStateFault,
  InvalidUserGroupStateFault$,
  InvalidUserStateFault,
  InvalidUserStateFault$,
  InvalidVPCNetworkStateFault,
  InvalidVPCNetworkStateFault$,
  IpDiscovery,
  KinesisFirehoseDestinationDetails$,
  ListAllowedNodeTypeModifications$,
  ListAllowedNodeTypeModificationsCommand,
  ListAllowedNodeTypeModificationsMessage$,
  ListTagsForResource$,
  ListTagsForResourceCommand,
  ListTagsForResourceMessage$,
  LogDeliveryConfiguration$,
  LogDeliveryConfigurationRequest$,
  LogDeliveryConfigurationStatus,
  LogFormat,
  LogType,
  ModifyCacheCluster$,
  ModifyCacheClusterCommand,
  ModifyCacheClusterMessage$,
  ModifyCacheClusterResult$,
  ModifyCacheParameterGroup$,
  ModifyCacheParameterGroupCommand,
  ModifyCacheParameterGroupMessage$,
  ModifyCacheSubnetGroup$,
  ModifyCacheSubnetGroupCommand,
  ModifyCacheSubnetGroupMessage$,
  ModifyCacheSubnetGroupResult$,
  ModifyGlobalReplicationGroup$,
  ModifyGlobalReplicationGroupCommand,
  ModifyGlobalReplicationGroupMessage$,
  ModifyGlobalReplicationGroupResult$,
  ModifyReplicationGroup$,
  ModifyReplicationGroupCommand,
  ModifyReplicationGroupMessage$,
  ModifyReplicationGroupResult$,
  ModifyReplicationGroupShardConfiguration$,
  ModifyReplicationGroupShardConfigurationCommand,
  ModifyReplicationGroupShardConfigurationMessage$,
  ModifyReplicationGroupShardConfigurationResult$,
  ModifyServerlessCache$,
  ModifyServerlessCacheCommand,
  ModifyServerlessCacheRequest$,
  ModifyServerlessCacheResponse$,
  ModifyUser$,
  ModifyUserCommand,
  ModifyUserGroup$,
  ModifyUserGroupCommand,
  ModifyUserGroupMessage$,
  ModifyUserMessage$,
  MultiAZStatus,
  NetworkType,
  NoOperationFault,
  NoOperationFault$,
  NodeGroup$,
  NodeGroupConfiguration$,
  NodeGroupMember$,
  NodeGroupMemberUpdateStatus$,
  NodeGroupNotFoundFault,
  NodeGroupNotFoundFault$,
  NodeGroupUpdateStatus$,
  NodeGroupsPerReplicationGroupQuotaExceededFault,
  NodeGroupsPerReplicationGroupQuotaExceededFault$,
  NodeQuotaForClusterExceededFault,
  NodeQuotaForClusterExceededFault$,
  NodeQuotaForCustomerExceededFault,
  NodeQuotaForCustomerExceededFault$,
  NodeSnapshot$,
  NodeUpdateInitiatedBy,
  NodeUpdateStatus,
  NotificationConfiguration$,
  OutpostMode,
  Parameter$,
  ParameterNameValue$,
  PendingAutomaticFailoverStatus,
  PendingLogDeliveryConfiguration$,
  PendingModifiedValues$,
  ProcessedUpdateAction$,
  PurchaseReservedCacheNodesOffering$,
  PurchaseReservedCacheNodesOfferingCommand,
  PurchaseReservedCacheNodesOfferingMessage$,
  PurchaseReservedCacheNodesOfferingResult$,
  RebalanceSlotsInGlobalReplicationGroup$,
  RebalanceSlotsInGlobalReplicationGroupCommand,
  RebalanceSlotsInGlobalReplicationGroupMessage$,
  RebalanceSlotsInGlobalReplicationGroupResult$,
  RebootCacheCluster$,
  RebootCacheClusterCommand,
  RebootCacheClusterMessage$,
  RebootCacheClusterResult$,
  RecurringCharge$,
  RegionalConfiguration$,
  RemoveTagsFromResource$,
  RemoveTagsFromResourceCommand,
  RemoveTagsFromResourceMessage$,
  ReplicationGroup$,
  ReplicationGroupAlreadyExistsFault,
  ReplicationGroupAlreadyExistsFault$,
  ReplicationGroupAlreadyUnderMigrationFault,
  ReplicationGroupAlreadyUnderMigrationFault$,
  ReplicationGroupMessage$,
  ReplicationGroupNotFoundFault,
  ReplicationGroupNotFoundFault$,
  ReplicationGroupNotUnderMigrationFault,
  ReplicationGroupNotUnderMigrationFault$,
  ReplicationGroupPendingModifiedValues$,
  ReservedCacheNode$,
  ReservedCacheNodeAlreadyExistsFault,
  ReservedCacheNodeAlreadyExistsFault$,
  ReservedCacheNodeMessage$,
  ReservedCacheNodeNotFoundFault,
  ReservedCacheNodeNotFoundFault$,
  ReservedCacheNodeQuotaExceededFault,
  ReservedCacheNodeQuotaExceededFault$,
  ReservedCacheNodesOffering$,
  ReservedCacheNodesOfferingMessage$,
  ReservedCacheNodesOfferingNotFoundFault,
  ReservedCacheNodesOfferingNotFoundFault$,
  ResetCacheParameterGroup$,
  ResetCacheParameterGroupCommand,
  ResetCacheParameterGroupMessage$,
  ReshardingConfiguration$,
  ReshardingStatus$,
  RevokeCacheSecurityGroupIngress$,
  RevokeCacheSecurityGroupIngressCommand,
  RevokeCacheSecurityGroupIngressMessage$,
  RevokeCacheSecurityGroupIngressResult$,
  ScaleConfig$,
  SecurityGroupMembership$,
  ServerlessCache$,
  ServerlessCacheAlreadyExistsFault,
  ServerlessCacheAlreadyExistsFault$,
  ServerlessCacheConfiguration$,
  ServerlessCacheNotFoundFault,
  ServerlessCacheNotFoundFault$,
  ServerlessCacheQuotaForCustomerExceededFault,
  ServerlessCacheQuotaForCustomerExceededFault$,
  ServerlessCacheSnapshot$,
  ServerlessCacheSnapshotAlreadyExistsFault,
  ServerlessCacheSnapshotAlreadyExistsFault$,
  ServerlessCacheSnapshotNotFoundFault,
  ServerlessCacheSnapshotNotFoundFault$,
  ServerlessCacheSnapshotQuotaExceededFault,
  ServerlessCacheSnapshotQuotaExceededFault$,
  ServiceLinkedRoleNotFoundFault,
  ServiceLinkedRoleNotFoundFault$,
  ServiceUpdate$,
  ServiceUpdateNotFoundFault,
  ServiceUpdateNotFoundFault$,
  ServiceUpdateSeverity,
  ServiceUpdateStatus,
  ServiceUpdateType,
  ServiceUpdatesMessage$,
  SlaMet,
  SlotMigration$,
  Snapshot$,
  SnapshotAlreadyExistsFault,
  SnapshotAlreadyExistsFault$,
  SnapshotFeatureNotSupportedFault,
  SnapshotFeatureNotSupportedFault$,
  SnapshotNotFoundFault,
  SnapshotNotFoundFault$,
  SnapshotQuotaExceededFault,
  SnapshotQuotaExceededFault$,
  SourceType,
  StartMigration$,
  StartMigrationCommand,
  StartMigrationMessage$,
  StartMigrationResponse$,
  StorageEncryptionType,
  Subnet$,
  SubnetInUse,
  SubnetInUse$,
  SubnetNotAllowedFault,
  SubnetNotAllowedFault$,
  SubnetOutpost$,
  Tag$,
  TagListMessage$,
  TagNotFoundFault,
  TagNotFoundFault$,
  TagQuotaPerResourceExceeded,
  TagQuotaPerResourceExceeded$,
  TestFailover$,
  TestFailoverCommand,
  TestFailoverMessage$,
  TestFailoverNotAvailableFault,
  TestFailoverNotAvailableFault$,
  TestFailoverResult$,
  TestMigration$,
  TestMigrationCommand,
  TestMigrationMessage$,
  TestMigrationResponse$,
  TimeRangeFilter$,
  TransitEncryptionMode,
  UnprocessedUpdateAction$,
  UpdateAction$,
  UpdateActionResultsMessage$,
  UpdateActionStatus,
  UpdateActionsMessage$,
  User$,
  UserAlreadyExistsFault,
  UserAlreadyExistsFault$,
  UserGroup$,
  UserGroupAlreadyExistsFault,
  UserGroupAlreadyExistsFault$,
  UserGroupNotFoundFault,
  UserGroupNotFoundFault$,
  UserGroupPendingChanges$,
  UserGroupQuotaExceededFault,
  UserGroupQuotaExceededFault$,
  UserGroupsUpdateStatus$,
  UserNotFoundFault,
  UserNotFoundFault$,
  UserQuotaExceededFault,
  UserQuotaExceededFault$,
  Client as __Client,
  errorTypeRegistries,
  paginateDescribeCacheClusters,
  paginateDescribeCacheEngineVersions,
  paginateDescribeCacheParameterGroups,
  paginateDescribeCacheParameters,
  paginateDescribeCacheSecurityGroups,
  paginateDescribeCacheSubnetGroups,
  paginateDescribeEngineDefaultParameters,
  paginateDescribeEvents,
  paginateDescribeGlobalReplicationGroups,
  paginateDescribeReplicationGroups,
  paginateDescribeReservedCacheNodes,
  paginateDescribeReservedCacheNodesOfferings,
  paginateDescribeServerlessCacheSnapshots,
  paginateDescribeServerlessCaches,
  paginateDescribeServiceUpdates,
  paginateDescribeSnapshots,
  paginateDescribeUpdateActions,
  paginateDescribeUserGroups,
  paginateDescribeUsers,
  waitForCacheClusterAvailable,
  waitForCacheClusterDeleted,
  waitForReplicationGroupAvailable,
  waitForReplicationGroupDeleted,
  waitUntilCacheClusterAvailable,
  waitUntilCacheClusterDeleted,
  waitUntilReplicationGroupAvailable,
  waitUntilReplicationGroupDeleted
};
