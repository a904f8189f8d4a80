import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-URIHBE6O.js";
import {
  AwsQueryProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  SignatureV4,
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
  buildQueryString,
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
  HttpRequest,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  toEndpointV1
} from "./chunk-GA46KJAD.js";
import "./chunk-5VS2FEJU.js";

// node_modules/@aws-sdk/client-rds/dist-es/auth/httpAuthSchemeProvider.js
var defaultRDSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "rds",
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
var defaultRDSHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-rds/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "rds"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-rds/package.json
var package_default = {
  name: "@aws-sdk/client-rds",
  version: "3.1138.0",
  description: "AWS SDK for JavaScript Rds Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-rds",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-rds"
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
    "@aws-sdk/middleware-sdk-rds": "^3.972.60",
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

// node_modules/@aws-sdk/client-rds/dist-es/endpoint/bdd.js
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
    ["https://rds-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://rds.{Region}.amazonaws.com", i],
    ["https://rds-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://rds.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://rds.{Region}.{PartitionResult#dnsSuffix}", i],
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

// node_modules/@aws-sdk/client-rds/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-rds/dist-es/models/RDSServiceException.js
var RDSServiceException = class _RDSServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _RDSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-rds/dist-es/models/errors.js
var DBClusterNotFoundFault = class _DBClusterNotFoundFault extends RDSServiceException {
  name = "DBClusterNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterNotFoundFault.prototype);
  }
};
var DBClusterRoleAlreadyExistsFault = class _DBClusterRoleAlreadyExistsFault extends RDSServiceException {
  name = "DBClusterRoleAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterRoleAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterRoleAlreadyExistsFault.prototype);
  }
};
var DBClusterRoleQuotaExceededFault = class _DBClusterRoleQuotaExceededFault extends RDSServiceException {
  name = "DBClusterRoleQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterRoleQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterRoleQuotaExceededFault.prototype);
  }
};
var InvalidDBClusterStateFault = class _InvalidDBClusterStateFault extends RDSServiceException {
  name = "InvalidDBClusterStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterStateFault.prototype);
  }
};
var DBInstanceNotFoundFault = class _DBInstanceNotFoundFault extends RDSServiceException {
  name = "DBInstanceNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceNotFoundFault.prototype);
  }
};
var DBInstanceRoleAlreadyExistsFault = class _DBInstanceRoleAlreadyExistsFault extends RDSServiceException {
  name = "DBInstanceRoleAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceRoleAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceRoleAlreadyExistsFault.prototype);
  }
};
var DBInstanceRoleQuotaExceededFault = class _DBInstanceRoleQuotaExceededFault extends RDSServiceException {
  name = "DBInstanceRoleQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceRoleQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceRoleQuotaExceededFault.prototype);
  }
};
var InvalidDBInstanceStateFault = class _InvalidDBInstanceStateFault extends RDSServiceException {
  name = "InvalidDBInstanceStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBInstanceStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBInstanceStateFault.prototype);
  }
};
var SourceNotFoundFault = class _SourceNotFoundFault extends RDSServiceException {
  name = "SourceNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SourceNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SourceNotFoundFault.prototype);
  }
};
var SubscriptionNotFoundFault = class _SubscriptionNotFoundFault extends RDSServiceException {
  name = "SubscriptionNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubscriptionNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubscriptionNotFoundFault.prototype);
  }
};
var BlueGreenDeploymentNotFoundFault = class _BlueGreenDeploymentNotFoundFault extends RDSServiceException {
  name = "BlueGreenDeploymentNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BlueGreenDeploymentNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BlueGreenDeploymentNotFoundFault.prototype);
  }
};
var DBProxyEndpointNotFoundFault = class _DBProxyEndpointNotFoundFault extends RDSServiceException {
  name = "DBProxyEndpointNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyEndpointNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyEndpointNotFoundFault.prototype);
  }
};
var DBProxyNotFoundFault = class _DBProxyNotFoundFault extends RDSServiceException {
  name = "DBProxyNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyNotFoundFault.prototype);
  }
};
var DBProxyTargetGroupNotFoundFault = class _DBProxyTargetGroupNotFoundFault extends RDSServiceException {
  name = "DBProxyTargetGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyTargetGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyTargetGroupNotFoundFault.prototype);
  }
};
var DBShardGroupNotFoundFault = class _DBShardGroupNotFoundFault extends RDSServiceException {
  name = "DBShardGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBShardGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBShardGroupNotFoundFault.prototype);
  }
};
var DBSnapshotNotFoundFault = class _DBSnapshotNotFoundFault extends RDSServiceException {
  name = "DBSnapshotNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSnapshotNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSnapshotNotFoundFault.prototype);
  }
};
var DBSnapshotTenantDatabaseNotFoundFault = class _DBSnapshotTenantDatabaseNotFoundFault extends RDSServiceException {
  name = "DBSnapshotTenantDatabaseNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSnapshotTenantDatabaseNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSnapshotTenantDatabaseNotFoundFault.prototype);
  }
};
var IntegrationNotFoundFault = class _IntegrationNotFoundFault extends RDSServiceException {
  name = "IntegrationNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IntegrationNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IntegrationNotFoundFault.prototype);
  }
};
var InvalidDBClusterEndpointStateFault = class _InvalidDBClusterEndpointStateFault extends RDSServiceException {
  name = "InvalidDBClusterEndpointStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterEndpointStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterEndpointStateFault.prototype);
  }
};
var TenantDatabaseNotFoundFault = class _TenantDatabaseNotFoundFault extends RDSServiceException {
  name = "TenantDatabaseNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TenantDatabaseNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TenantDatabaseNotFoundFault.prototype);
  }
};
var ResourceNotFoundFault = class _ResourceNotFoundFault extends RDSServiceException {
  name = "ResourceNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundFault.prototype);
  }
};
var AuthorizationAlreadyExistsFault = class _AuthorizationAlreadyExistsFault extends RDSServiceException {
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
var AuthorizationQuotaExceededFault = class _AuthorizationQuotaExceededFault extends RDSServiceException {
  name = "AuthorizationQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AuthorizationQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AuthorizationQuotaExceededFault.prototype);
  }
};
var DBSecurityGroupNotFoundFault = class _DBSecurityGroupNotFoundFault extends RDSServiceException {
  name = "DBSecurityGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSecurityGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSecurityGroupNotFoundFault.prototype);
  }
};
var InvalidDBSecurityGroupStateFault = class _InvalidDBSecurityGroupStateFault extends RDSServiceException {
  name = "InvalidDBSecurityGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSecurityGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSecurityGroupStateFault.prototype);
  }
};
var ExportTaskNotFoundFault = class _ExportTaskNotFoundFault extends RDSServiceException {
  name = "ExportTaskNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExportTaskNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExportTaskNotFoundFault.prototype);
  }
};
var InvalidExportTaskStateFault = class _InvalidExportTaskStateFault extends RDSServiceException {
  name = "InvalidExportTaskStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExportTaskStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExportTaskStateFault.prototype);
  }
};
var DBParameterGroupAlreadyExistsFault = class _DBParameterGroupAlreadyExistsFault extends RDSServiceException {
  name = "DBParameterGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBParameterGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBParameterGroupAlreadyExistsFault.prototype);
  }
};
var DBParameterGroupNotFoundFault = class _DBParameterGroupNotFoundFault extends RDSServiceException {
  name = "DBParameterGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBParameterGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBParameterGroupNotFoundFault.prototype);
  }
};
var DBParameterGroupQuotaExceededFault = class _DBParameterGroupQuotaExceededFault extends RDSServiceException {
  name = "DBParameterGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBParameterGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBParameterGroupQuotaExceededFault.prototype);
  }
};
var DBClusterSnapshotAlreadyExistsFault = class _DBClusterSnapshotAlreadyExistsFault extends RDSServiceException {
  name = "DBClusterSnapshotAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterSnapshotAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterSnapshotAlreadyExistsFault.prototype);
  }
};
var DBClusterSnapshotNotFoundFault = class _DBClusterSnapshotNotFoundFault extends RDSServiceException {
  name = "DBClusterSnapshotNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterSnapshotNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterSnapshotNotFoundFault.prototype);
  }
};
var InvalidDBClusterSnapshotStateFault = class _InvalidDBClusterSnapshotStateFault extends RDSServiceException {
  name = "InvalidDBClusterSnapshotStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterSnapshotStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterSnapshotStateFault.prototype);
  }
};
var KMSKeyNotAccessibleFault = class _KMSKeyNotAccessibleFault extends RDSServiceException {
  name = "KMSKeyNotAccessibleFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSKeyNotAccessibleFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSKeyNotAccessibleFault.prototype);
  }
};
var SnapshotQuotaExceededFault = class _SnapshotQuotaExceededFault extends RDSServiceException {
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
var CustomAvailabilityZoneNotFoundFault = class _CustomAvailabilityZoneNotFoundFault extends RDSServiceException {
  name = "CustomAvailabilityZoneNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomAvailabilityZoneNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomAvailabilityZoneNotFoundFault.prototype);
  }
};
var DBSnapshotAlreadyExistsFault = class _DBSnapshotAlreadyExistsFault extends RDSServiceException {
  name = "DBSnapshotAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSnapshotAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSnapshotAlreadyExistsFault.prototype);
  }
};
var InvalidDBSnapshotStateFault = class _InvalidDBSnapshotStateFault extends RDSServiceException {
  name = "InvalidDBSnapshotStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSnapshotStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSnapshotStateFault.prototype);
  }
};
var OptionGroupAlreadyExistsFault = class _OptionGroupAlreadyExistsFault extends RDSServiceException {
  name = "OptionGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OptionGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OptionGroupAlreadyExistsFault.prototype);
  }
};
var OptionGroupNotFoundFault = class _OptionGroupNotFoundFault extends RDSServiceException {
  name = "OptionGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OptionGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OptionGroupNotFoundFault.prototype);
  }
};
var OptionGroupQuotaExceededFault = class _OptionGroupQuotaExceededFault extends RDSServiceException {
  name = "OptionGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OptionGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OptionGroupQuotaExceededFault.prototype);
  }
};
var BlueGreenDeploymentAlreadyExistsFault = class _BlueGreenDeploymentAlreadyExistsFault extends RDSServiceException {
  name = "BlueGreenDeploymentAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BlueGreenDeploymentAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BlueGreenDeploymentAlreadyExistsFault.prototype);
  }
};
var DBClusterParameterGroupNotFoundFault = class _DBClusterParameterGroupNotFoundFault extends RDSServiceException {
  name = "DBClusterParameterGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterParameterGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterParameterGroupNotFoundFault.prototype);
  }
};
var DBClusterQuotaExceededFault = class _DBClusterQuotaExceededFault extends RDSServiceException {
  name = "DBClusterQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterQuotaExceededFault.prototype);
  }
};
var InstanceQuotaExceededFault = class _InstanceQuotaExceededFault extends RDSServiceException {
  name = "InstanceQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceQuotaExceededFault.prototype);
  }
};
var SourceClusterNotSupportedFault = class _SourceClusterNotSupportedFault extends RDSServiceException {
  name = "SourceClusterNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SourceClusterNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SourceClusterNotSupportedFault.prototype);
  }
};
var SourceDatabaseNotSupportedFault = class _SourceDatabaseNotSupportedFault extends RDSServiceException {
  name = "SourceDatabaseNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SourceDatabaseNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SourceDatabaseNotSupportedFault.prototype);
  }
};
var StorageQuotaExceededFault = class _StorageQuotaExceededFault extends RDSServiceException {
  name = "StorageQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StorageQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StorageQuotaExceededFault.prototype);
  }
};
var CreateCustomDBEngineVersionFault = class _CreateCustomDBEngineVersionFault extends RDSServiceException {
  name = "CreateCustomDBEngineVersionFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CreateCustomDBEngineVersionFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CreateCustomDBEngineVersionFault.prototype);
  }
};
var CustomDBEngineVersionAlreadyExistsFault = class _CustomDBEngineVersionAlreadyExistsFault extends RDSServiceException {
  name = "CustomDBEngineVersionAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomDBEngineVersionAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomDBEngineVersionAlreadyExistsFault.prototype);
  }
};
var CustomDBEngineVersionNotFoundFault = class _CustomDBEngineVersionNotFoundFault extends RDSServiceException {
  name = "CustomDBEngineVersionNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomDBEngineVersionNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomDBEngineVersionNotFoundFault.prototype);
  }
};
var CustomDBEngineVersionQuotaExceededFault = class _CustomDBEngineVersionQuotaExceededFault extends RDSServiceException {
  name = "CustomDBEngineVersionQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CustomDBEngineVersionQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomDBEngineVersionQuotaExceededFault.prototype);
  }
};
var Ec2ImagePropertiesNotSupportedFault = class _Ec2ImagePropertiesNotSupportedFault extends RDSServiceException {
  name = "Ec2ImagePropertiesNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "Ec2ImagePropertiesNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _Ec2ImagePropertiesNotSupportedFault.prototype);
  }
};
var InvalidCustomDBEngineVersionStateFault = class _InvalidCustomDBEngineVersionStateFault extends RDSServiceException {
  name = "InvalidCustomDBEngineVersionStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCustomDBEngineVersionStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCustomDBEngineVersionStateFault.prototype);
  }
};
var DBClusterAlreadyExistsFault = class _DBClusterAlreadyExistsFault extends RDSServiceException {
  name = "DBClusterAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterAlreadyExistsFault.prototype);
  }
};
var DBSubnetGroupDoesNotCoverEnoughAZs = class _DBSubnetGroupDoesNotCoverEnoughAZs extends RDSServiceException {
  name = "DBSubnetGroupDoesNotCoverEnoughAZs";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupDoesNotCoverEnoughAZs",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupDoesNotCoverEnoughAZs.prototype);
  }
};
var DBSubnetGroupNotFoundFault = class _DBSubnetGroupNotFoundFault extends RDSServiceException {
  name = "DBSubnetGroupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupNotFoundFault.prototype);
  }
};
var DomainNotFoundFault = class _DomainNotFoundFault extends RDSServiceException {
  name = "DomainNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DomainNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DomainNotFoundFault.prototype);
  }
};
var GlobalClusterNotFoundFault = class _GlobalClusterNotFoundFault extends RDSServiceException {
  name = "GlobalClusterNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GlobalClusterNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GlobalClusterNotFoundFault.prototype);
  }
};
var InsufficientDBInstanceCapacityFault = class _InsufficientDBInstanceCapacityFault extends RDSServiceException {
  name = "InsufficientDBInstanceCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientDBInstanceCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientDBInstanceCapacityFault.prototype);
  }
};
var InsufficientStorageClusterCapacityFault = class _InsufficientStorageClusterCapacityFault extends RDSServiceException {
  name = "InsufficientStorageClusterCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientStorageClusterCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientStorageClusterCapacityFault.prototype);
  }
};
var InvalidDBSubnetGroupFault = class _InvalidDBSubnetGroupFault extends RDSServiceException {
  name = "InvalidDBSubnetGroupFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSubnetGroupFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSubnetGroupFault.prototype);
  }
};
var InvalidDBSubnetGroupStateFault = class _InvalidDBSubnetGroupStateFault extends RDSServiceException {
  name = "InvalidDBSubnetGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSubnetGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSubnetGroupStateFault.prototype);
  }
};
var InvalidGlobalClusterStateFault = class _InvalidGlobalClusterStateFault extends RDSServiceException {
  name = "InvalidGlobalClusterStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidGlobalClusterStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidGlobalClusterStateFault.prototype);
  }
};
var InvalidSubnet = class _InvalidSubnet extends RDSServiceException {
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
var InvalidVPCNetworkStateFault = class _InvalidVPCNetworkStateFault extends RDSServiceException {
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
var NetworkTypeNotSupported = class _NetworkTypeNotSupported extends RDSServiceException {
  name = "NetworkTypeNotSupported";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NetworkTypeNotSupported",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NetworkTypeNotSupported.prototype);
  }
};
var StorageTypeNotSupportedFault = class _StorageTypeNotSupportedFault extends RDSServiceException {
  name = "StorageTypeNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StorageTypeNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StorageTypeNotSupportedFault.prototype);
  }
};
var VpcEncryptionControlViolationException = class _VpcEncryptionControlViolationException extends RDSServiceException {
  name = "VpcEncryptionControlViolationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "VpcEncryptionControlViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _VpcEncryptionControlViolationException.prototype);
  }
};
var DBClusterEndpointAlreadyExistsFault = class _DBClusterEndpointAlreadyExistsFault extends RDSServiceException {
  name = "DBClusterEndpointAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterEndpointAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterEndpointAlreadyExistsFault.prototype);
  }
};
var DBClusterEndpointQuotaExceededFault = class _DBClusterEndpointQuotaExceededFault extends RDSServiceException {
  name = "DBClusterEndpointQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterEndpointQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterEndpointQuotaExceededFault.prototype);
  }
};
var AuthorizationNotFoundFault = class _AuthorizationNotFoundFault extends RDSServiceException {
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
var BackupPolicyNotFoundFault = class _BackupPolicyNotFoundFault extends RDSServiceException {
  name = "BackupPolicyNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BackupPolicyNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BackupPolicyNotFoundFault.prototype);
  }
};
var CertificateNotFoundFault = class _CertificateNotFoundFault extends RDSServiceException {
  name = "CertificateNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CertificateNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CertificateNotFoundFault.prototype);
  }
};
var DBInstanceAlreadyExistsFault = class _DBInstanceAlreadyExistsFault extends RDSServiceException {
  name = "DBInstanceAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceAlreadyExistsFault.prototype);
  }
};
var ProvisionedIopsNotAvailableInAZFault = class _ProvisionedIopsNotAvailableInAZFault extends RDSServiceException {
  name = "ProvisionedIopsNotAvailableInAZFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ProvisionedIopsNotAvailableInAZFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ProvisionedIopsNotAvailableInAZFault.prototype);
  }
};
var TenantDatabaseQuotaExceededFault = class _TenantDatabaseQuotaExceededFault extends RDSServiceException {
  name = "TenantDatabaseQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TenantDatabaseQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TenantDatabaseQuotaExceededFault.prototype);
  }
};
var DBSubnetGroupNotAllowedFault = class _DBSubnetGroupNotAllowedFault extends RDSServiceException {
  name = "DBSubnetGroupNotAllowedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupNotAllowedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupNotAllowedFault.prototype);
  }
};
var DBProxyAlreadyExistsFault = class _DBProxyAlreadyExistsFault extends RDSServiceException {
  name = "DBProxyAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyAlreadyExistsFault.prototype);
  }
};
var DBProxyQuotaExceededFault = class _DBProxyQuotaExceededFault extends RDSServiceException {
  name = "DBProxyQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyQuotaExceededFault.prototype);
  }
};
var DBProxyEndpointAlreadyExistsFault = class _DBProxyEndpointAlreadyExistsFault extends RDSServiceException {
  name = "DBProxyEndpointAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyEndpointAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyEndpointAlreadyExistsFault.prototype);
  }
};
var DBProxyEndpointQuotaExceededFault = class _DBProxyEndpointQuotaExceededFault extends RDSServiceException {
  name = "DBProxyEndpointQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyEndpointQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyEndpointQuotaExceededFault.prototype);
  }
};
var InvalidDBProxyStateFault = class _InvalidDBProxyStateFault extends RDSServiceException {
  name = "InvalidDBProxyStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBProxyStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBProxyStateFault.prototype);
  }
};
var DBSecurityGroupAlreadyExistsFault = class _DBSecurityGroupAlreadyExistsFault extends RDSServiceException {
  name = "DBSecurityGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSecurityGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSecurityGroupAlreadyExistsFault.prototype);
  }
};
var DBSecurityGroupNotSupportedFault = class _DBSecurityGroupNotSupportedFault extends RDSServiceException {
  name = "DBSecurityGroupNotSupportedFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSecurityGroupNotSupportedFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSecurityGroupNotSupportedFault.prototype);
  }
};
var DBSecurityGroupQuotaExceededFault = class _DBSecurityGroupQuotaExceededFault extends RDSServiceException {
  name = "DBSecurityGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSecurityGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSecurityGroupQuotaExceededFault.prototype);
  }
};
var DBShardGroupAlreadyExistsFault = class _DBShardGroupAlreadyExistsFault extends RDSServiceException {
  name = "DBShardGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBShardGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBShardGroupAlreadyExistsFault.prototype);
  }
};
var MaxDBShardGroupLimitReached = class _MaxDBShardGroupLimitReached extends RDSServiceException {
  name = "MaxDBShardGroupLimitReached";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxDBShardGroupLimitReached",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxDBShardGroupLimitReached.prototype);
  }
};
var UnsupportedDBEngineVersionFault = class _UnsupportedDBEngineVersionFault extends RDSServiceException {
  name = "UnsupportedDBEngineVersionFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedDBEngineVersionFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedDBEngineVersionFault.prototype);
  }
};
var DBSubnetGroupAlreadyExistsFault = class _DBSubnetGroupAlreadyExistsFault extends RDSServiceException {
  name = "DBSubnetGroupAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupAlreadyExistsFault.prototype);
  }
};
var DBSubnetGroupQuotaExceededFault = class _DBSubnetGroupQuotaExceededFault extends RDSServiceException {
  name = "DBSubnetGroupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetGroupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetGroupQuotaExceededFault.prototype);
  }
};
var DBSubnetQuotaExceededFault = class _DBSubnetQuotaExceededFault extends RDSServiceException {
  name = "DBSubnetQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBSubnetQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBSubnetQuotaExceededFault.prototype);
  }
};
var EventSubscriptionQuotaExceededFault = class _EventSubscriptionQuotaExceededFault extends RDSServiceException {
  name = "EventSubscriptionQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EventSubscriptionQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventSubscriptionQuotaExceededFault.prototype);
  }
};
var SNSInvalidTopicFault = class _SNSInvalidTopicFault extends RDSServiceException {
  name = "SNSInvalidTopicFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SNSInvalidTopicFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SNSInvalidTopicFault.prototype);
  }
};
var SNSNoAuthorizationFault = class _SNSNoAuthorizationFault extends RDSServiceException {
  name = "SNSNoAuthorizationFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SNSNoAuthorizationFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SNSNoAuthorizationFault.prototype);
  }
};
var SNSTopicArnNotFoundFault = class _SNSTopicArnNotFoundFault extends RDSServiceException {
  name = "SNSTopicArnNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SNSTopicArnNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SNSTopicArnNotFoundFault.prototype);
  }
};
var SubscriptionAlreadyExistFault = class _SubscriptionAlreadyExistFault extends RDSServiceException {
  name = "SubscriptionAlreadyExistFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubscriptionAlreadyExistFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubscriptionAlreadyExistFault.prototype);
  }
};
var SubscriptionCategoryNotFoundFault = class _SubscriptionCategoryNotFoundFault extends RDSServiceException {
  name = "SubscriptionCategoryNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubscriptionCategoryNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubscriptionCategoryNotFoundFault.prototype);
  }
};
var GlobalClusterAlreadyExistsFault = class _GlobalClusterAlreadyExistsFault extends RDSServiceException {
  name = "GlobalClusterAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GlobalClusterAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GlobalClusterAlreadyExistsFault.prototype);
  }
};
var GlobalClusterQuotaExceededFault = class _GlobalClusterQuotaExceededFault extends RDSServiceException {
  name = "GlobalClusterQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GlobalClusterQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GlobalClusterQuotaExceededFault.prototype);
  }
};
var InvalidDBShardGroupStateFault = class _InvalidDBShardGroupStateFault extends RDSServiceException {
  name = "InvalidDBShardGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBShardGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBShardGroupStateFault.prototype);
  }
};
var IntegrationAlreadyExistsFault = class _IntegrationAlreadyExistsFault extends RDSServiceException {
  name = "IntegrationAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IntegrationAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IntegrationAlreadyExistsFault.prototype);
  }
};
var IntegrationConflictOperationFault = class _IntegrationConflictOperationFault extends RDSServiceException {
  name = "IntegrationConflictOperationFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IntegrationConflictOperationFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IntegrationConflictOperationFault.prototype);
  }
};
var IntegrationQuotaExceededFault = class _IntegrationQuotaExceededFault extends RDSServiceException {
  name = "IntegrationQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IntegrationQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IntegrationQuotaExceededFault.prototype);
  }
};
var TenantDatabaseAlreadyExistsFault = class _TenantDatabaseAlreadyExistsFault extends RDSServiceException {
  name = "TenantDatabaseAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TenantDatabaseAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TenantDatabaseAlreadyExistsFault.prototype);
  }
};
var InvalidBlueGreenDeploymentStateFault = class _InvalidBlueGreenDeploymentStateFault extends RDSServiceException {
  name = "InvalidBlueGreenDeploymentStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidBlueGreenDeploymentStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidBlueGreenDeploymentStateFault.prototype);
  }
};
var DBClusterAutomatedBackupQuotaExceededFault = class _DBClusterAutomatedBackupQuotaExceededFault extends RDSServiceException {
  name = "DBClusterAutomatedBackupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterAutomatedBackupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterAutomatedBackupQuotaExceededFault.prototype);
  }
};
var DBClusterAutomatedBackupNotFoundFault = class _DBClusterAutomatedBackupNotFoundFault extends RDSServiceException {
  name = "DBClusterAutomatedBackupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterAutomatedBackupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterAutomatedBackupNotFoundFault.prototype);
  }
};
var InvalidDBClusterAutomatedBackupStateFault = class _InvalidDBClusterAutomatedBackupStateFault extends RDSServiceException {
  name = "InvalidDBClusterAutomatedBackupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterAutomatedBackupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterAutomatedBackupStateFault.prototype);
  }
};
var DBClusterEndpointNotFoundFault = class _DBClusterEndpointNotFoundFault extends RDSServiceException {
  name = "DBClusterEndpointNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterEndpointNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterEndpointNotFoundFault.prototype);
  }
};
var InvalidDBParameterGroupStateFault = class _InvalidDBParameterGroupStateFault extends RDSServiceException {
  name = "InvalidDBParameterGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBParameterGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBParameterGroupStateFault.prototype);
  }
};
var DBInstanceAutomatedBackupQuotaExceededFault = class _DBInstanceAutomatedBackupQuotaExceededFault extends RDSServiceException {
  name = "DBInstanceAutomatedBackupQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceAutomatedBackupQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceAutomatedBackupQuotaExceededFault.prototype);
  }
};
var DBInstanceAutomatedBackupNotFoundFault = class _DBInstanceAutomatedBackupNotFoundFault extends RDSServiceException {
  name = "DBInstanceAutomatedBackupNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceAutomatedBackupNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceAutomatedBackupNotFoundFault.prototype);
  }
};
var InvalidDBInstanceAutomatedBackupStateFault = class _InvalidDBInstanceAutomatedBackupStateFault extends RDSServiceException {
  name = "InvalidDBInstanceAutomatedBackupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBInstanceAutomatedBackupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBInstanceAutomatedBackupStateFault.prototype);
  }
};
var InvalidDBProxyEndpointStateFault = class _InvalidDBProxyEndpointStateFault extends RDSServiceException {
  name = "InvalidDBProxyEndpointStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBProxyEndpointStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBProxyEndpointStateFault.prototype);
  }
};
var InvalidDBSubnetStateFault = class _InvalidDBSubnetStateFault extends RDSServiceException {
  name = "InvalidDBSubnetStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBSubnetStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBSubnetStateFault.prototype);
  }
};
var InvalidEventSubscriptionStateFault = class _InvalidEventSubscriptionStateFault extends RDSServiceException {
  name = "InvalidEventSubscriptionStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidEventSubscriptionStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventSubscriptionStateFault.prototype);
  }
};
var InvalidIntegrationStateFault = class _InvalidIntegrationStateFault extends RDSServiceException {
  name = "InvalidIntegrationStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIntegrationStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIntegrationStateFault.prototype);
  }
};
var InvalidOptionGroupStateFault = class _InvalidOptionGroupStateFault extends RDSServiceException {
  name = "InvalidOptionGroupStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOptionGroupStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOptionGroupStateFault.prototype);
  }
};
var DBProxyTargetNotFoundFault = class _DBProxyTargetNotFoundFault extends RDSServiceException {
  name = "DBProxyTargetNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyTargetNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyTargetNotFoundFault.prototype);
  }
};
var DBClusterBacktrackNotFoundFault = class _DBClusterBacktrackNotFoundFault extends RDSServiceException {
  name = "DBClusterBacktrackNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterBacktrackNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterBacktrackNotFoundFault.prototype);
  }
};
var DBInstanceNotReadyFault = class _DBInstanceNotReadyFault extends RDSServiceException {
  name = "DBInstanceNotReadyFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceNotReadyFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceNotReadyFault.prototype);
  }
};
var ReservedDBInstanceNotFoundFault = class _ReservedDBInstanceNotFoundFault extends RDSServiceException {
  name = "ReservedDBInstanceNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedDBInstanceNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedDBInstanceNotFoundFault.prototype);
  }
};
var ReservedDBInstancesOfferingNotFoundFault = class _ReservedDBInstancesOfferingNotFoundFault extends RDSServiceException {
  name = "ReservedDBInstancesOfferingNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedDBInstancesOfferingNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedDBInstancesOfferingNotFoundFault.prototype);
  }
};
var InvalidResourceStateFault = class _InvalidResourceStateFault extends RDSServiceException {
  name = "InvalidResourceStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidResourceStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResourceStateFault.prototype);
  }
};
var DBLogFileNotFoundFault = class _DBLogFileNotFoundFault extends RDSServiceException {
  name = "DBLogFileNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBLogFileNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBLogFileNotFoundFault.prototype);
  }
};
var InvalidDBClusterCapacityFault = class _InvalidDBClusterCapacityFault extends RDSServiceException {
  name = "InvalidDBClusterCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDBClusterCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDBClusterCapacityFault.prototype);
  }
};
var StorageTypeNotAvailableFault = class _StorageTypeNotAvailableFault extends RDSServiceException {
  name = "StorageTypeNotAvailableFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StorageTypeNotAvailableFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StorageTypeNotAvailableFault.prototype);
  }
};
var SharedSnapshotQuotaExceededFault = class _SharedSnapshotQuotaExceededFault extends RDSServiceException {
  name = "SharedSnapshotQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SharedSnapshotQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SharedSnapshotQuotaExceededFault.prototype);
  }
};
var DBUpgradeDependencyFailureFault = class _DBUpgradeDependencyFailureFault extends RDSServiceException {
  name = "DBUpgradeDependencyFailureFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBUpgradeDependencyFailureFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBUpgradeDependencyFailureFault.prototype);
  }
};
var SubnetAlreadyInUse = class _SubnetAlreadyInUse extends RDSServiceException {
  name = "SubnetAlreadyInUse";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubnetAlreadyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetAlreadyInUse.prototype);
  }
};
var ReservedDBInstanceAlreadyExistsFault = class _ReservedDBInstanceAlreadyExistsFault extends RDSServiceException {
  name = "ReservedDBInstanceAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedDBInstanceAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedDBInstanceAlreadyExistsFault.prototype);
  }
};
var ReservedDBInstanceQuotaExceededFault = class _ReservedDBInstanceQuotaExceededFault extends RDSServiceException {
  name = "ReservedDBInstanceQuotaExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReservedDBInstanceQuotaExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReservedDBInstanceQuotaExceededFault.prototype);
  }
};
var DBProxyTargetAlreadyRegisteredFault = class _DBProxyTargetAlreadyRegisteredFault extends RDSServiceException {
  name = "DBProxyTargetAlreadyRegisteredFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBProxyTargetAlreadyRegisteredFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBProxyTargetAlreadyRegisteredFault.prototype);
  }
};
var InsufficientAvailableIPsInSubnetFault = class _InsufficientAvailableIPsInSubnetFault extends RDSServiceException {
  name = "InsufficientAvailableIPsInSubnetFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientAvailableIPsInSubnetFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientAvailableIPsInSubnetFault.prototype);
  }
};
var DBClusterRoleNotFoundFault = class _DBClusterRoleNotFoundFault extends RDSServiceException {
  name = "DBClusterRoleNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBClusterRoleNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBClusterRoleNotFoundFault.prototype);
  }
};
var DBInstanceRoleNotFoundFault = class _DBInstanceRoleNotFoundFault extends RDSServiceException {
  name = "DBInstanceRoleNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DBInstanceRoleNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DBInstanceRoleNotFoundFault.prototype);
  }
};
var InvalidS3BucketFault = class _InvalidS3BucketFault extends RDSServiceException {
  name = "InvalidS3BucketFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidS3BucketFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidS3BucketFault.prototype);
  }
};
var InsufficientDBClusterCapacityFault = class _InsufficientDBClusterCapacityFault extends RDSServiceException {
  name = "InsufficientDBClusterCapacityFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientDBClusterCapacityFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientDBClusterCapacityFault.prototype);
  }
};
var InvalidRestoreFault = class _InvalidRestoreFault extends RDSServiceException {
  name = "InvalidRestoreFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRestoreFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRestoreFault.prototype);
  }
};
var PointInTimeRestoreNotEnabledFault = class _PointInTimeRestoreNotEnabledFault extends RDSServiceException {
  name = "PointInTimeRestoreNotEnabledFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PointInTimeRestoreNotEnabledFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PointInTimeRestoreNotEnabledFault.prototype);
  }
};
var ExportTaskAlreadyExistsFault = class _ExportTaskAlreadyExistsFault extends RDSServiceException {
  name = "ExportTaskAlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExportTaskAlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExportTaskAlreadyExistsFault.prototype);
  }
};
var IamRoleMissingPermissionsFault = class _IamRoleMissingPermissionsFault extends RDSServiceException {
  name = "IamRoleMissingPermissionsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IamRoleMissingPermissionsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IamRoleMissingPermissionsFault.prototype);
  }
};
var IamRoleNotFoundFault = class _IamRoleNotFoundFault extends RDSServiceException {
  name = "IamRoleNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IamRoleNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IamRoleNotFoundFault.prototype);
  }
};
var InvalidExportOnlyFault = class _InvalidExportOnlyFault extends RDSServiceException {
  name = "InvalidExportOnlyFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExportOnlyFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExportOnlyFault.prototype);
  }
};
var InvalidExportSourceStateFault = class _InvalidExportSourceStateFault extends RDSServiceException {
  name = "InvalidExportSourceStateFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExportSourceStateFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExportSourceStateFault.prototype);
  }
};

// node_modules/@aws-sdk/client-rds/dist-es/schemas/schemas_0.js
var _A = "Auth";
var _AA = "ApplyAction";
var _AAAD = "AutoAppliedAfterDate";
var _AAEF = "AuthorizationAlreadyExistsFault";
var _AAM = "AccountAttributesMessage";
var _AASVO = "AvailableAdditionalStorageVolumesOption";
var _AASVOL = "AvailableAdditionalStorageVolumesOptionList";
var _AASVOv = "AvailableAdditionalStorageVolumesOptions";
var _ABRPA = "AwsBackupRecoveryPointArn";
var _ADBSGI = "AuthorizeDBSecurityGroupIngress";
var _ADBSGIM = "AuthorizeDBSecurityGroupIngressMessage";
var _ADBSGIR = "AuthorizeDBSecurityGroupIngressResult";
var _ADL = "AllowDataLoss";
var _ADP = "AdditionalDataPending";
var _AEC = "AdditionalEncryptionContext";
var _AEMC = "AllowEngineModeChange";
var _AI = "AdditionalInfo";
var _AIc = "ActionId";
var _AIp = "ApplyImmediately";
var _AM = "AutomationMode";
var _AMVU = "AutoMinorVersionUpgrade";
var _AMVUl = "AllowMajorVersionUpgrade";
var _AMp = "ApplyMethod";
var _AMpp = "ApplyModes";
var _AN = "AttributeName";
var _ANFF = "AuthorizationNotFoundFault";
var _AP = "AutoPause";
var _APF = "AvailableProcessorFeature";
var _APFL = "AvailableProcessorFeatureList";
var _APFv = "AvailableProcessorFeatures";
var _APMA = "ApplyPendingMaintenanceAction";
var _APMAM = "ApplyPendingMaintenanceActionMessage";
var _APMAR = "ApplyPendingMaintenanceActionResult";
var _APS = "AuditPolicyState";
var _AQ = "AccountQuotas";
var _AQEF = "AuthorizationQuotaExceededFault";
var _AQL = "AccountQuotaList";
var _AQN = "AccountQuotaName";
var _AQc = "AccountQuota";
var _AR = "AssociatedRoles";
var _ART = "AutomaticRestartTime";
var _ARTDBC = "AddRoleToDBCluster";
var _ARTDBCM = "AddRoleToDBClusterMessage";
var _ARTDBI = "AddRoleToDBInstance";
var _ARTDBIM = "AddRoleToDBInstanceMessage";
var _AS = "AllocatedStorage";
var _ASA = "AuthSecretArn";
var _ASENAFI = "ActivityStreamEngineNativeAuditFieldsIncluded";
var _ASITS = "AddSourceIdentifierToSubscription";
var _ASITSM = "AddSourceIdentifierToSubscriptionMessage";
var _ASITSR = "AddSourceIdentifierToSubscriptionResult";
var _ASKKI = "ActivityStreamKmsKeyId";
var _ASKSN = "ActivityStreamKinesisStreamName";
var _ASM = "ActivityStreamMode";
var _ASPS = "ActivityStreamPolicyStatus";
var _ASS = "ActivityStreamStatus";
var _ASV = "AdditionalStorageVolume";
var _ASVL = "AdditionalStorageVolumesList";
var _ASVO = "AdditionalStorageVolumeOutput";
var _ASVOL = "AdditionalStorageVolumesOutputList";
var _ASVd = "AdditionalStorageVolumes";
var _ASd = "AdditionalStorage";
var _ASu = "AuthScheme";
var _AT = "ApplyType";
var _ATTR = "AddTagsToResource";
var _ATTRM = "AddTagsToResourceMessage";
var _AU = "AutoUpgrade";
var _AV = "AllowedValues";
var _AVANVIM = "AllowsVpcAndNonVpcInstanceMemberships";
var _AVL = "AttributeValueList";
var _AVl = "AllowedValue";
var _AVt = "AttributeValues";
var _AVtt = "AttributeValue";
var _AZ = "AvailabilityZone";
var _AZG = "AvailabilityZoneGroup";
var _AZL = "AvailabilityZoneList";
var _AZv = "AvailabilityZones";
var _Ac = "Action";
var _Ad = "Address";
var _An = "Analysis";
var _Ar = "Arn";
var _BCCR = "BacktrackConsumedChangeRecords";
var _BDBC = "BacktrackDBCluster";
var _BDBCM = "BacktrackDBClusterMessage";
var _BF = "BacktrackedFrom";
var _BGD = "BlueGreenDeployment";
var _BGDAEF = "BlueGreenDeploymentAlreadyExistsFault";
var _BGDI = "BlueGreenDeploymentIdentifier";
var _BGDL = "BlueGreenDeploymentList";
var _BGDN = "BlueGreenDeploymentName";
var _BGDNFF = "BlueGreenDeploymentNotFoundFault";
var _BGDT = "BlueGreenDeploymentTask";
var _BGDTL = "BlueGreenDeploymentTaskList";
var _BGDl = "BlueGreenDeployments";
var _BI = "BacktrackIdentifier";
var _BPNFF = "BackupPolicyNotFoundFault";
var _BRCT = "BacktrackRequestCreationTime";
var _BRP = "BackupRetentionPeriod";
var _BT = "BacktrackTo";
var _BTa = "BackupTarget";
var _BW = "BacktrackWindow";
var _C = "Certificate";
var _CA = "CertificateArn";
var _CAC = "CrossAccountClone";
var _CACI = "CACertificateIdentifier";
var _CAD = "CurrentApplyDate";
var _CAI = "CAIdentifier";
var _CAIu = "CustomerAwsId";
var _CAL = "ContextAttributeList";
var _CAZNFF = "CustomAvailabilityZoneNotFoundFault";
var _CAo = "ContextAttribute";
var _CAon = "ContextAttributes";
var _CBGD = "CreateBlueGreenDeployment";
var _CBGDR = "CreateBlueGreenDeploymentRequest";
var _CBGDRr = "CreateBlueGreenDeploymentResponse";
var _CBT = "ConnectionBorrowTimeout";
var _CC = "CurrentCapacity";
var _CCA = "CopyableCrossAccount";
var _CCDBEV = "CreateCustomDBEngineVersion";
var _CCDBEVF = "CreateCustomDBEngineVersionFault";
var _CCDBEVM = "CreateCustomDBEngineVersionMessage";
var _CCT = "ClusterCreateTime";
var _CCu = "CurrencyCode";
var _CD = "CertificateDetails";
var _CDBC = "CreateDBCluster";
var _CDBCE = "CreateDBClusterEndpoint";
var _CDBCEM = "CreateDBClusterEndpointMessage";
var _CDBCM = "CreateDBClusterMessage";
var _CDBCPG = "CopyDBClusterParameterGroup";
var _CDBCPGM = "CopyDBClusterParameterGroupMessage";
var _CDBCPGMr = "CreateDBClusterParameterGroupMessage";
var _CDBCPGR = "CopyDBClusterParameterGroupResult";
var _CDBCPGRr = "CreateDBClusterParameterGroupResult";
var _CDBCPGr = "CreateDBClusterParameterGroup";
var _CDBCR = "CreateDBClusterResult";
var _CDBCS = "CopyDBClusterSnapshot";
var _CDBCSM = "CopyDBClusterSnapshotMessage";
var _CDBCSMr = "CreateDBClusterSnapshotMessage";
var _CDBCSR = "CopyDBClusterSnapshotResult";
var _CDBCSRr = "CreateDBClusterSnapshotResult";
var _CDBCSr = "CreateDBClusterSnapshot";
var _CDBEVAEF = "CustomDBEngineVersionAlreadyExistsFault";
var _CDBEVAMI = "CustomDBEngineVersionAMI";
var _CDBEVM = "CustomDBEngineVersionManifest";
var _CDBEVNFF = "CustomDBEngineVersionNotFoundFault";
var _CDBEVQEF = "CustomDBEngineVersionQuotaExceededFault";
var _CDBI = "CreateDBInstance";
var _CDBIM = "CreateDBInstanceMessage";
var _CDBIR = "CreateDBInstanceResult";
var _CDBIRR = "CreateDBInstanceReadReplica";
var _CDBIRRM = "CreateDBInstanceReadReplicaMessage";
var _CDBIRRR = "CreateDBInstanceReadReplicaResult";
var _CDBP = "CreateDBProxy";
var _CDBPE = "CreateDBProxyEndpoint";
var _CDBPER = "CreateDBProxyEndpointRequest";
var _CDBPERr = "CreateDBProxyEndpointResponse";
var _CDBPG = "CopyDBParameterGroup";
var _CDBPGM = "CopyDBParameterGroupMessage";
var _CDBPGMr = "CreateDBParameterGroupMessage";
var _CDBPGR = "CopyDBParameterGroupResult";
var _CDBPGRr = "CreateDBParameterGroupResult";
var _CDBPGr = "CreateDBParameterGroup";
var _CDBPR = "CreateDBProxyRequest";
var _CDBPRr = "CreateDBProxyResponse";
var _CDBS = "CopyDBSnapshot";
var _CDBSG = "CreateDBSecurityGroup";
var _CDBSGM = "CreateDBSecurityGroupMessage";
var _CDBSGMr = "CreateDBShardGroupMessage";
var _CDBSGMre = "CreateDBSubnetGroupMessage";
var _CDBSGR = "CreateDBSecurityGroupResult";
var _CDBSGRr = "CreateDBSubnetGroupResult";
var _CDBSGr = "CreateDBShardGroup";
var _CDBSGre = "CreateDBSubnetGroup";
var _CDBSM = "CopyDBSnapshotMessage";
var _CDBSMr = "CreateDBSnapshotMessage";
var _CDBSR = "CopyDBSnapshotResult";
var _CDBSRr = "CreateDBSnapshotResult";
var _CDBSr = "CreateDBSnapshot";
var _CDr = "CreatedDate";
var _CE = "CustomEndpoints";
var _CES = "CreateEventSubscription";
var _CESM = "CreateEventSubscriptionMessage";
var _CESR = "CreateEventSubscriptionResult";
var _CET = "CustomEndpointType";
var _CETM = "CancelExportTaskMessage";
var _CETa = "CancelExportTask";
var _CGC = "CreateGlobalCluster";
var _CGCM = "CreateGlobalClusterMessage";
var _CGCR = "CreateGlobalClusterResult";
var _CGI = "CloneGroupId";
var _CI = "CertificateIdentifier";
var _CIDRIP = "CIDRIP";
var _CIIP = "CustomIamInstanceProfile";
var _CIM = "CreateIntegrationMessage";
var _CIr = "CreateIntegration";
var _CL = "CertificateList";
var _CLEC = "CloudwatchLogsExportConfiguration";
var _CM = "CertificateMessage";
var _CNFF = "CertificateNotFoundFault";
var _CO = "CustomerOverride";
var _COG = "CopyOptionGroup";
var _COGM = "CopyOptionGroupMessage";
var _COGMr = "CreateOptionGroupMessage";
var _COGR = "CopyOptionGroupResult";
var _COGRr = "CreateOptionGroupResult";
var _COGr = "CreateOptionGroup";
var _COIE = "CustomerOwnedIpEnabled";
var _COVT = "CustomerOverrideValidTill";
var _CPAT = "ClientPasswordAuthType";
var _CPC = "ConnectionPoolConfiguration";
var _CPCI = "ConnectionPoolConfigurationInfo";
var _CPCo = "ConnectionPoolConfig";
var _CPMV = "ClusterPendingModifiedValues";
var _CR = "ComputeRedundancy";
var _CRR = "CertificateRotationRestart";
var _CS = "CharacterSet";
var _CSD = "CharacterSetDescription";
var _CSI = "CustSubscriptionId";
var _CSN = "CharacterSetName";
var _CST = "ClusterScalabilityType";
var _CT = "CreateTime";
var _CTD = "CreateTenantDatabase";
var _CTDM = "CreateTenantDatabaseMessage";
var _CTDR = "CreateTenantDatabaseResult";
var _CTTS = "CopyTagsToSnapshot";
var _CTe = "CertificateType";
var _CTo = "CopyTags";
var _CTop = "CopyTimestamp";
var _CTr = "CreatedTime";
var _Ca = "Capacity";
var _Cat = "Category";
var _Ce = "Certificates";
var _D = "Description";
var _DAA = "DescribeAccountAttributes";
var _DAAM = "DescribeAccountAttributesMessage";
var _DAB = "DeleteAutomatedBackups";
var _DAS = "DefaultAuthScheme";
var _DASA = "DomainAuthSecretArn";
var _DBC = "DBCluster";
var _DBCA = "DBClusterArn";
var _DBCAB = "DBClusterAutomatedBackup";
var _DBCABA = "DBClusterAutomatedBackupsArn";
var _DBCABL = "DBClusterAutomatedBackupList";
var _DBCABM = "DBClusterAutomatedBackupMessage";
var _DBCABNFF = "DBClusterAutomatedBackupNotFoundFault";
var _DBCABQEF = "DBClusterAutomatedBackupQuotaExceededFault";
var _DBCABl = "DBClusterAutomatedBackups";
var _DBCAEF = "DBClusterAlreadyExistsFault";
var _DBCAR = "DBClusterAssociatedRole";
var _DBCARl = "DBClusterAssociatedRoles";
var _DBCB = "DBClusterBacktrack";
var _DBCBL = "DBClusterBacktrackList";
var _DBCBM = "DBClusterBacktrackMessage";
var _DBCBNFF = "DBClusterBacktrackNotFoundFault";
var _DBCBl = "DBClusterBacktracks";
var _DBCCI = "DBClusterCapacityInfo";
var _DBCE = "DBClusterEndpoint";
var _DBCEA = "DBClusterEndpointArn";
var _DBCEAEF = "DBClusterEndpointAlreadyExistsFault";
var _DBCEI = "DBClusterEndpointIdentifier";
var _DBCEL = "DBClusterEndpointList";
var _DBCEM = "DBClusterEndpointMessage";
var _DBCENFF = "DBClusterEndpointNotFoundFault";
var _DBCEQEF = "DBClusterEndpointQuotaExceededFault";
var _DBCERI = "DBClusterEndpointResourceIdentifier";
var _DBCEl = "DBClusterEndpoints";
var _DBCI = "DBClusterIdentifier";
var _DBCIC = "DBClusterInstanceClass";
var _DBCIl = "DBClusterIdentifiers";
var _DBCL = "DBClusterList";
var _DBCM = "DBClusterMembers";
var _DBCML = "DBClusterMemberList";
var _DBCMl = "DBClusterMember";
var _DBCMlu = "DBClusterMessage";
var _DBCNFF = "DBClusterNotFoundFault";
var _DBCOG = "DBClusterOptionGroup";
var _DBCOGM = "DBClusterOptionGroupMemberships";
var _DBCOGN = "DBClusterOptionGroupName";
var _DBCOGS = "DBClusterOptionGroupStatus";
var _DBCPG = "DBClusterParameterGroup";
var _DBCPGA = "DBClusterParameterGroupArn";
var _DBCPGD = "DBClusterParameterGroupDetails";
var _DBCPGL = "DBClusterParameterGroupList";
var _DBCPGM = "DBClusterParameterGroupsMessage";
var _DBCPGN = "DBClusterParameterGroupName";
var _DBCPGNFF = "DBClusterParameterGroupNotFoundFault";
var _DBCPGNM = "DBClusterParameterGroupNameMessage";
var _DBCPGS = "DBClusterParameterGroupStatus";
var _DBCPGl = "DBClusterParameterGroups";
var _DBCQEF = "DBClusterQuotaExceededFault";
var _DBCR = "DBClusterRole";
var _DBCRAEF = "DBClusterRoleAlreadyExistsFault";
var _DBCRNFF = "DBClusterRoleNotFoundFault";
var _DBCRQEF = "DBClusterRoleQuotaExceededFault";
var _DBCRl = "DBClusterRoles";
var _DBCS = "DBClusterSnapshot";
var _DBCSA = "DBClusterSnapshotArn";
var _DBCSAEF = "DBClusterSnapshotAlreadyExistsFault";
var _DBCSAL = "DBClusterSnapshotAttributeList";
var _DBCSAR = "DBClusterSnapshotAttributesResult";
var _DBCSAl = "DBClusterSnapshotAttribute";
var _DBCSAlu = "DBClusterSnapshotAttributes";
var _DBCSI = "DBClusterSnapshotIdentifier";
var _DBCSIL = "DBClusterStatusInfoList";
var _DBCSIl = "DBClusterStatusInfo";
var _DBCSL = "DBClusterSnapshotList";
var _DBCSM = "DBClusterSnapshotMessage";
var _DBCSNFF = "DBClusterSnapshotNotFoundFault";
var _DBCSl = "DBClusterSnapshots";
var _DBCl = "DBClusters";
var _DBED = "DBEngineDescription";
var _DBEMT = "DBEngineMediaType";
var _DBEV = "DBEngineVersion";
var _DBEVA = "DBEngineVersionArn";
var _DBEVD = "DBEngineVersionDescription";
var _DBEVL = "DBEngineVersionList";
var _DBEVM = "DBEngineVersionMessage";
var _DBEVn = "DBEngineVersions";
var _DBGD = "DeleteBlueGreenDeployment";
var _DBGDR = "DeleteBlueGreenDeploymentRequest";
var _DBGDRe = "DeleteBlueGreenDeploymentResponse";
var _DBGDRes = "DescribeBlueGreenDeploymentsRequest";
var _DBGDResc = "DescribeBlueGreenDeploymentsResponse";
var _DBGDe = "DescribeBlueGreenDeployments";
var _DBI = "DBInstance";
var _DBIA = "DBInstanceArn";
var _DBIAB = "DBInstanceAutomatedBackup";
var _DBIABA = "DBInstanceAutomatedBackupsArn";
var _DBIABL = "DBInstanceAutomatedBackupList";
var _DBIABM = "DBInstanceAutomatedBackupMessage";
var _DBIABNFF = "DBInstanceAutomatedBackupNotFoundFault";
var _DBIABQEF = "DBInstanceAutomatedBackupQuotaExceededFault";
var _DBIABR = "DBInstanceAutomatedBackupsReplications";
var _DBIABRL = "DBInstanceAutomatedBackupsReplicationList";
var _DBIABRn = "DBInstanceAutomatedBackupsReplication";
var _DBIABn = "DBInstanceAutomatedBackups";
var _DBIAEF = "DBInstanceAlreadyExistsFault";
var _DBIC = "DBInstanceClass";
var _DBICn = "DBInstanceCount";
var _DBII = "DBInstanceIdentifier";
var _DBIIn = "DBInstanceIdentifiers";
var _DBIL = "DBInstanceList";
var _DBIM = "DBInstanceMessage";
var _DBINFF = "DBInstanceNotFoundFault";
var _DBINRF = "DBInstanceNotReadyFault";
var _DBIPGN = "DBInstanceParameterGroupName";
var _DBIR = "DBInstanceRole";
var _DBIRAEF = "DBInstanceRoleAlreadyExistsFault";
var _DBIRNFF = "DBInstanceRoleNotFoundFault";
var _DBIRQEF = "DBInstanceRoleQuotaExceededFault";
var _DBIRn = "DBInstanceRoles";
var _DBIS = "DBInstanceStatus";
var _DBISI = "DBInstanceStatusInfo";
var _DBISIL = "DBInstanceStatusInfoList";
var _DBIn = "DBInstances";
var _DBLFNFF = "DBLogFileNotFoundFault";
var _DBMEV = "DBMajorEngineVersion";
var _DBMEVL = "DBMajorEngineVersionsList";
var _DBMEVa = "DBMajorEngineVersions";
var _DBN = "DBName";
var _DBP = "DBProxy";
var _DBPA = "DBProxyArn";
var _DBPAEF = "DBProxyAlreadyExistsFault";
var _DBPE = "DBProxyEndpoint";
var _DBPEA = "DBProxyEndpointArn";
var _DBPEAEF = "DBProxyEndpointAlreadyExistsFault";
var _DBPEL = "DBProxyEndpointList";
var _DBPEN = "DBProxyEndpointName";
var _DBPENFF = "DBProxyEndpointNotFoundFault";
var _DBPEQEF = "DBProxyEndpointQuotaExceededFault";
var _DBPEr = "DBProxyEndpoints";
var _DBPG = "DBParameterGroup";
var _DBPGA = "DBParameterGroupArn";
var _DBPGAEF = "DBParameterGroupAlreadyExistsFault";
var _DBPGD = "DBParameterGroupDetails";
var _DBPGF = "DBParameterGroupFamily";
var _DBPGL = "DBParameterGroupList";
var _DBPGM = "DBParameterGroupsMessage";
var _DBPGN = "DBParameterGroupName";
var _DBPGNFF = "DBParameterGroupNotFoundFault";
var _DBPGNM = "DBParameterGroupNameMessage";
var _DBPGQEF = "DBParameterGroupQuotaExceededFault";
var _DBPGS = "DBParameterGroupStatus";
var _DBPGSL = "DBParameterGroupStatusList";
var _DBPGa = "DBParameterGroups";
var _DBPL = "DBProxyList";
var _DBPN = "DBProxyName";
var _DBPNFF = "DBProxyNotFoundFault";
var _DBPNo = "DBPortNumber";
var _DBPQEF = "DBProxyQuotaExceededFault";
var _DBPT = "DBProxyTarget";
var _DBPTARF = "DBProxyTargetAlreadyRegisteredFault";
var _DBPTG = "DBProxyTargetGroup";
var _DBPTGNFF = "DBProxyTargetGroupNotFoundFault";
var _DBPTNFF = "DBProxyTargetNotFoundFault";
var _DBPTr = "DBProxyTargets";
var _DBPr = "DBProxies";
var _DBR = "DBRecommendation";
var _DBRL = "DBRecommendationList";
var _DBRM = "DBRecommendationMessage";
var _DBRMe = "DBRecommendationsMessage";
var _DBRe = "DBRecommendations";
var _DBS = "DBSnapshot";
var _DBSA = "DBSnapshotArn";
var _DBSAEF = "DBSnapshotAlreadyExistsFault";
var _DBSAL = "DBSnapshotAttributeList";
var _DBSAR = "DBSnapshotAttributesResult";
var _DBSAn = "DBSnapshotAttribute";
var _DBSAna = "DBSnapshotAttributes";
var _DBSG = "DBSecurityGroup";
var _DBSGA = "DBSecurityGroupArn";
var _DBSGAEF = "DBSecurityGroupAlreadyExistsFault";
var _DBSGAEFh = "DBShardGroupAlreadyExistsFault";
var _DBSGAEFu = "DBSubnetGroupAlreadyExistsFault";
var _DBSGAh = "DBShardGroupArn";
var _DBSGAu = "DBSubnetGroupArn";
var _DBSGD = "DBSecurityGroupDescription";
var _DBSGDNCEAZ = "DBSubnetGroupDoesNotCoverEnoughAZs";
var _DBSGDu = "DBSubnetGroupDescription";
var _DBSGI = "DBShardGroupIdentifier";
var _DBSGL = "DBShardGroupsList";
var _DBSGM = "DBSecurityGroupMembership";
var _DBSGML = "DBSecurityGroupMembershipList";
var _DBSGMe = "DBSecurityGroupMessage";
var _DBSGMec = "DBSecurityGroupMemberships";
var _DBSGMu = "DBSubnetGroupMessage";
var _DBSGN = "DBSecurityGroupName";
var _DBSGNAF = "DBSubnetGroupNotAllowedFault";
var _DBSGNFF = "DBSecurityGroupNotFoundFault";
var _DBSGNFFh = "DBShardGroupNotFoundFault";
var _DBSGNFFu = "DBSubnetGroupNotFoundFault";
var _DBSGNL = "DBSecurityGroupNameList";
var _DBSGNSF = "DBSecurityGroupNotSupportedFault";
var _DBSGNu = "DBSubnetGroupName";
var _DBSGQEF = "DBSecurityGroupQuotaExceededFault";
var _DBSGQEFu = "DBSubnetGroupQuotaExceededFault";
var _DBSGRI = "DBShardGroupResourceId";
var _DBSGe = "DBSecurityGroups";
var _DBSGh = "DBShardGroup";
var _DBSGha = "DBShardGroups";
var _DBSGu = "DBSubnetGroup";
var _DBSGub = "DBSubnetGroups";
var _DBSI = "DBSystemId";
var _DBSIn = "DBSnapshotIdentifier";
var _DBSL = "DBSnapshotList";
var _DBSM = "DBSnapshotMessage";
var _DBSNFF = "DBSnapshotNotFoundFault";
var _DBSQEF = "DBSubnetQuotaExceededFault";
var _DBSTD = "DBSnapshotTenantDatabase";
var _DBSTDARN = "DBSnapshotTenantDatabaseARN";
var _DBSTDL = "DBSnapshotTenantDatabasesList";
var _DBSTDM = "DBSnapshotTenantDatabasesMessage";
var _DBSTDNFF = "DBSnapshotTenantDatabaseNotFoundFault";
var _DBSTDn = "DBSnapshotTenantDatabases";
var _DBSn = "DBSnapshots";
var _DBUDFF = "DBUpgradeDependencyFailureFault";
var _DC = "DescribeCertificates";
var _DCDBEV = "DeleteCustomDBEngineVersion";
var _DCDBEVM = "DeleteCustomDBEngineVersionMessage";
var _DCFNL = "DefaultCertificateForNewLaunches";
var _DCI = "DbClusterIdentifier";
var _DCM = "DescribeCertificatesMessage";
var _DCRI = "DbClusterResourceId";
var _DCS = "DefaultCharacterSet";
var _DD = "DisableDomain";
var _DDBC = "DeleteDBCluster";
var _DDBCAB = "DeleteDBClusterAutomatedBackup";
var _DDBCABM = "DeleteDBClusterAutomatedBackupMessage";
var _DDBCABMe = "DescribeDBClusterAutomatedBackupsMessage";
var _DDBCABR = "DeleteDBClusterAutomatedBackupResult";
var _DDBCABe = "DescribeDBClusterAutomatedBackups";
var _DDBCB = "DescribeDBClusterBacktracks";
var _DDBCBM = "DescribeDBClusterBacktracksMessage";
var _DDBCE = "DeleteDBClusterEndpoint";
var _DDBCEM = "DeleteDBClusterEndpointMessage";
var _DDBCEMe = "DescribeDBClusterEndpointsMessage";
var _DDBCEe = "DescribeDBClusterEndpoints";
var _DDBCM = "DeleteDBClusterMessage";
var _DDBCMe = "DescribeDBClustersMessage";
var _DDBCP = "DescribeDBClusterParameters";
var _DDBCPG = "DeleteDBClusterParameterGroup";
var _DDBCPGM = "DeleteDBClusterParameterGroupMessage";
var _DDBCPGMe = "DescribeDBClusterParameterGroupsMessage";
var _DDBCPGe = "DescribeDBClusterParameterGroups";
var _DDBCPM = "DescribeDBClusterParametersMessage";
var _DDBCR = "DeleteDBClusterResult";
var _DDBCS = "DeleteDBClusterSnapshot";
var _DDBCSA = "DescribeDBClusterSnapshotAttributes";
var _DDBCSAM = "DescribeDBClusterSnapshotAttributesMessage";
var _DDBCSAR = "DescribeDBClusterSnapshotAttributesResult";
var _DDBCSM = "DeleteDBClusterSnapshotMessage";
var _DDBCSMe = "DescribeDBClusterSnapshotsMessage";
var _DDBCSR = "DeleteDBClusterSnapshotResult";
var _DDBCSe = "DescribeDBClusterSnapshots";
var _DDBCe = "DescribeDBClusters";
var _DDBEV = "DescribeDBEngineVersions";
var _DDBEVM = "DescribeDBEngineVersionsMessage";
var _DDBI = "DeleteDBInstance";
var _DDBIAB = "DeleteDBInstanceAutomatedBackup";
var _DDBIABM = "DeleteDBInstanceAutomatedBackupMessage";
var _DDBIABMe = "DescribeDBInstanceAutomatedBackupsMessage";
var _DDBIABR = "DeleteDBInstanceAutomatedBackupResult";
var _DDBIABe = "DescribeDBInstanceAutomatedBackups";
var _DDBIM = "DeleteDBInstanceMessage";
var _DDBIMe = "DescribeDBInstancesMessage";
var _DDBIR = "DeleteDBInstanceResult";
var _DDBIe = "DescribeDBInstances";
var _DDBLF = "DescribeDBLogFiles";
var _DDBLFD = "DescribeDBLogFilesDetails";
var _DDBLFL = "DescribeDBLogFilesList";
var _DDBLFM = "DescribeDBLogFilesMessage";
var _DDBLFP = "DownloadDBLogFilePortion";
var _DDBLFPD = "DownloadDBLogFilePortionDetails";
var _DDBLFPM = "DownloadDBLogFilePortionMessage";
var _DDBLFR = "DescribeDBLogFilesResponse";
var _DDBMEV = "DescribeDBMajorEngineVersions";
var _DDBMEVR = "DescribeDBMajorEngineVersionsRequest";
var _DDBMEVRe = "DescribeDBMajorEngineVersionsResponse";
var _DDBP = "DeleteDBProxy";
var _DDBPE = "DeleteDBProxyEndpoint";
var _DDBPER = "DeleteDBProxyEndpointRequest";
var _DDBPERe = "DeleteDBProxyEndpointResponse";
var _DDBPERes = "DescribeDBProxyEndpointsRequest";
var _DDBPEResc = "DescribeDBProxyEndpointsResponse";
var _DDBPEe = "DescribeDBProxyEndpoints";
var _DDBPG = "DeleteDBParameterGroup";
var _DDBPGM = "DeleteDBParameterGroupMessage";
var _DDBPGMe = "DescribeDBParameterGroupsMessage";
var _DDBPGe = "DescribeDBParameterGroups";
var _DDBPM = "DescribeDBParametersMessage";
var _DDBPR = "DeleteDBProxyRequest";
var _DDBPRe = "DeleteDBProxyResponse";
var _DDBPRes = "DescribeDBProxiesRequest";
var _DDBPResc = "DescribeDBProxiesResponse";
var _DDBPT = "DeregisterDBProxyTargets";
var _DDBPTG = "DescribeDBProxyTargetGroups";
var _DDBPTGR = "DescribeDBProxyTargetGroupsRequest";
var _DDBPTGRe = "DescribeDBProxyTargetGroupsResponse";
var _DDBPTR = "DeregisterDBProxyTargetsRequest";
var _DDBPTRe = "DeregisterDBProxyTargetsResponse";
var _DDBPTRes = "DescribeDBProxyTargetsRequest";
var _DDBPTResc = "DescribeDBProxyTargetsResponse";
var _DDBPTe = "DescribeDBProxyTargets";
var _DDBPe = "DescribeDBParameters";
var _DDBPes = "DescribeDBProxies";
var _DDBR = "DescribeDBRecommendations";
var _DDBRM = "DescribeDBRecommendationsMessage";
var _DDBS = "DeleteDBSnapshot";
var _DDBSA = "DescribeDBSnapshotAttributes";
var _DDBSAM = "DescribeDBSnapshotAttributesMessage";
var _DDBSAR = "DescribeDBSnapshotAttributesResult";
var _DDBSG = "DeleteDBSecurityGroup";
var _DDBSGM = "DeleteDBSecurityGroupMessage";
var _DDBSGMe = "DeleteDBShardGroupMessage";
var _DDBSGMel = "DeleteDBSubnetGroupMessage";
var _DDBSGMes = "DescribeDBSecurityGroupsMessage";
var _DDBSGMesc = "DescribeDBShardGroupsMessage";
var _DDBSGMescr = "DescribeDBSubnetGroupsMessage";
var _DDBSGR = "DescribeDBShardGroupsResponse";
var _DDBSGe = "DeleteDBShardGroup";
var _DDBSGel = "DeleteDBSubnetGroup";
var _DDBSGes = "DescribeDBSecurityGroups";
var _DDBSGesc = "DescribeDBShardGroups";
var _DDBSGescr = "DescribeDBSubnetGroups";
var _DDBSM = "DeleteDBSnapshotMessage";
var _DDBSMe = "DescribeDBSnapshotsMessage";
var _DDBSR = "DeleteDBSnapshotResult";
var _DDBSTD = "DescribeDBSnapshotTenantDatabases";
var _DDBSTDM = "DescribeDBSnapshotTenantDatabasesMessage";
var _DDBSe = "DescribeDBSnapshots";
var _DDI = "DomainDnsIps";
var _DE = "DescribeEvents";
var _DEC = "DescribeEventCategories";
var _DECM = "DescribeEventCategoriesMessage";
var _DEDCP = "DescribeEngineDefaultClusterParameters";
var _DEDCPM = "DescribeEngineDefaultClusterParametersMessage";
var _DEDCPR = "DescribeEngineDefaultClusterParametersResult";
var _DEDP = "DescribeEngineDefaultParameters";
var _DEDPM = "DescribeEngineDefaultParametersMessage";
var _DEDPR = "DescribeEngineDefaultParametersResult";
var _DEM = "DescribeEventsMessage";
var _DES = "DeleteEventSubscription";
var _DESM = "DeleteEventSubscriptionMessage";
var _DESMe = "DescribeEventSubscriptionsMessage";
var _DESR = "DeleteEventSubscriptionResult";
var _DESe = "DescribeEventSubscriptions";
var _DET = "DescribeExportTasks";
var _DETM = "DescribeExportTasksMessage";
var _DF = "DomainFqdn";
var _DFa = "DataFilter";
var _DGC = "DeleteGlobalCluster";
var _DGCM = "DeleteGlobalClusterMessage";
var _DGCMe = "DescribeGlobalClustersMessage";
var _DGCR = "DeleteGlobalClusterResult";
var _DGCe = "DescribeGlobalClusters";
var _DHE = "DisableHttpEndpoint";
var _DHER = "DisableHttpEndpointRequest";
var _DHERi = "DisableHttpEndpointResponse";
var _DI = "DnsIps";
var _DIAMRN = "DomainIAMRoleName";
var _DIF = "DatabaseInstallationFiles";
var _DIFSBN = "DatabaseInstallationFilesS3BucketName";
var _DIFSP = "DatabaseInstallationFilesS3Prefix";
var _DIM = "DatabaseInsightsMode";
var _DIMe = "DeleteIntegrationMessage";
var _DIMes = "DescribeIntegrationsMessage";
var _DIP = "DbInstancePort";
var _DIR = "DescribeIntegrationsResponse";
var _DIe = "DeleteIntegration";
var _DIes = "DescribeIntegrations";
var _DL = "DebugLogging";
var _DLL = "DocLinkList";
var _DLT = "DisableLogTypes";
var _DLV = "DedicatedLogVolume";
var _DLo = "DocLink";
var _DM = "DomainMemberships";
var _DML = "DomainMembershipList";
var _DMo = "DomainMembership";
var _DN = "DatabaseName";
var _DNFF = "DomainNotFoundFault";
var _DO = "DomainOu";
var _DODBIO = "DescribeOrderableDBInstanceOptions";
var _DODBIOM = "DescribeOrderableDBInstanceOptionsMessage";
var _DOG = "DeleteOptionGroup";
var _DOGM = "DeleteOptionGroupMessage";
var _DOGMe = "DescribeOptionGroupsMessage";
var _DOGO = "DescribeOptionGroupOptions";
var _DOGOM = "DescribeOptionGroupOptionsMessage";
var _DOGe = "DescribeOptionGroups";
var _DOe = "DefaultOnly";
var _DP = "DeletionProtection";
var _DPMA = "DescribePendingMaintenanceActions";
var _DPMAM = "DescribePendingMaintenanceActionsMessage";
var _DPe = "DefaultPort";
var _DR = "DoubleRange";
var _DRDBI = "DescribeReservedDBInstances";
var _DRDBIM = "DescribeReservedDBInstancesMessage";
var _DRDBIO = "DescribeReservedDBInstancesOfferings";
var _DRDBIOM = "DescribeReservedDBInstancesOfferingsMessage";
var _DRI = "DbiResourceId";
var _DRL = "DoubleRangeList";
var _DSR = "DescribeSourceRegions";
var _DSRM = "DescribeSourceRegionsMessage";
var _DSVPV = "DescribeServerlessV2PlatformVersions";
var _DSVPVM = "DescribeServerlessV2PlatformVersionsMessage";
var _DT = "DeleteTime";
var _DTD = "DeleteTenantDatabase";
var _DTDM = "DeleteTenantDatabaseMessage";
var _DTDMe = "DescribeTenantDatabasesMessage";
var _DTDR = "DeleteTenantDatabaseResult";
var _DTDe = "DescribeTenantDatabases";
var _DTa = "DataType";
var _DTe = "DeleteTarget";
var _DV = "DefaultValue";
var _DVDBIM = "DescribeValidDBInstanceModifications";
var _DVDBIMM = "DescribeValidDBInstanceModificationsMessage";
var _DVDBIMR = "DescribeValidDBInstanceModificationsResult";
var _Da = "Date";
var _De = "Detection";
var _Di = "Dimensions";
var _Do = "Domain";
var _Du = "Duration";
var _E = "Engine";
var _EBT = "EarliestBacktrackTime";
var _EC = "EventCategories";
var _ECL = "EventCategoriesList";
var _ECLE = "EnableCloudwatchLogsExports";
var _ECLEn = "EnabledCloudwatchLogsExports";
var _ECM = "EventCategoriesMap";
var _ECML = "EventCategoriesMapList";
var _ECMv = "EventCategoriesMessage";
var _ECOI = "EnableCustomerOwnedIp";
var _ECSG = "EC2SecurityGroups";
var _ECSGI = "EC2SecurityGroupId";
var _ECSGL = "EC2SecurityGroupList";
var _ECSGN = "EC2SecurityGroupName";
var _ECSGOI = "EC2SecurityGroupOwnerId";
var _ECSGe = "EC2SecurityGroup";
var _ECr = "ErrorCode";
var _ECv = "EventCategory";
var _ED = "EngineDefaults";
var _EF = "EngineFamily";
var _EGWF = "EnableGlobalWriteForwarding";
var _EHE = "EnableHttpEndpoint";
var _EHER = "EnableHttpEndpointRequest";
var _EHERn = "EnableHttpEndpointResponse";
var _EIAG = "EnableInternetAccessGateway";
var _EIAMDA = "EnableIAMDatabaseAuthentication";
var _EIPNSF = "Ec2ImagePropertiesNotSupportedFault";
var _EL = "EventList";
var _ELD = "EnableLimitlessDatabase";
var _ELS = "EngineLifecycleSupport";
var _ELT = "EnableLogTypes";
var _ELTx = "ExportableLogTypes";
var _ELWF = "EnableLocalWriteForwarding";
var _EM = "ExcludedMembers";
var _EMRA = "EnhancedMonitoringResourceArn";
var _EMn = "EngineMode";
var _EMr = "ErrorMessage";
var _EMv = "EventsMessage";
var _EN = "EngineName";
var _ENAFI = "EngineNativeAuditFieldsIncluded";
var _ENT = "EndpointNetworkType";
var _EO = "ExportOnly";
var _EPI = "EnablePerformanceInsights";
var _ERT = "EarliestRestorableTime";
var _ES = "EventSubscription";
var _ESA = "EventSubscriptionArn";
var _ESL = "EventSubscriptionsList";
var _ESM = "EventSubscriptionsMessage";
var _ESQEF = "EventSubscriptionQuotaExceededFault";
var _ET = "EndpointType";
var _ETAEF = "ExportTaskAlreadyExistsFault";
var _ETI = "ExportTaskIdentifier";
var _ETL = "ExportTasksList";
var _ETM = "ExportTasksMessage";
var _ETNFF = "ExportTaskNotFoundFault";
var _ETa = "EarliestTime";
var _ETn = "EndTime";
var _ETx = "ExportTask";
var _ETxp = "ExportTasks";
var _EV = "EngineVersion";
var _EVPCN = "EnableVPCNetworking";
var _En = "Enabled";
var _Enc = "Encrypted";
var _End = "Endpoint";
var _Er = "Errors";
var _Ev = "Event";
var _Eve = "Events";
var _F = "Force";
var _FAD = "ForcedApplyDate";
var _FC = "FilenameContains";
var _FCa = "FailureCause";
var _FDBC = "FailoverDBCluster";
var _FDBCM = "FailoverDBClusterMessage";
var _FDBCR = "FailoverDBClusterResult";
var _FDBSI = "FinalDBSnapshotIdentifier";
var _FDCA = "FromDbClusterArn";
var _FF = "ForceFailover";
var _FGC = "FailoverGlobalCluster";
var _FGCM = "FailoverGlobalClusterMessage";
var _FGCR = "FailoverGlobalClusterResult";
var _FL = "FilterList";
var _FLW = "FileLastWritten";
var _FN = "FeatureName";
var _FP = "FixedPrice";
var _FQDN = "FQDN";
var _FR = "FailureReason";
var _FS = "FileSize";
var _FSSIB = "FullSnapshotSizeInBytes";
var _FSa = "FailoverState";
var _FVL = "FilterValueList";
var _Fi = "Filters";
var _Fil = "Filter";
var _Fr = "From";
var _G = "Group";
var _GB = "GroupBy";
var _GC = "GlobalCluster";
var _GCA = "GlobalClusterArn";
var _GCAEF = "GlobalClusterAlreadyExistsFault";
var _GCI = "GlobalClusterIdentifier";
var _GCL = "GlobalClusterList";
var _GCM = "GlobalClusterMembers";
var _GCML = "GlobalClusterMemberList";
var _GCMl = "GlobalClusterMember";
var _GCMlo = "GlobalClustersMessage";
var _GCNFF = "GlobalClusterNotFoundFault";
var _GCQEF = "GlobalClusterQuotaExceededFault";
var _GCRI = "GlobalClusterResourceId";
var _GCl = "GlobalClusters";
var _GWFR = "GlobalWriteForwardingRequested";
var _GWFS = "GlobalWriteForwardingStatus";
var _HEE = "HttpEndpointEnabled";
var _HZI = "HostedZoneId";
var _I = "Iops";
var _IA = "IncludeAll";
var _IAEF = "IntegrationAlreadyExistsFault";
var _IAGE = "InternetAccessGatewayEnabled";
var _IAIPISF = "InsufficientAvailableIPsInSubnetFault";
var _IAMA = "IAMAuth";
var _IAMDAE = "IAMDatabaseAuthenticationEnabled";
var _IAMRN = "IAMRoleName";
var _IAn = "IntegrationArn";
var _IBGDSF = "InvalidBlueGreenDeploymentStateFault";
var _IC = "IsCollection";
var _ICDBEVSF = "InvalidCustomDBEngineVersionStateFault";
var _ICOF = "IntegrationConflictOperationFault";
var _ICT = "IdleClientTimeout";
var _ICTn = "InstanceCreateTime";
var _ICW = "IsClusterWriter";
var _ID = "IsDefault";
var _IDBCABSF = "InvalidDBClusterAutomatedBackupStateFault";
var _IDBCCF = "InsufficientDBClusterCapacityFault";
var _IDBCCFn = "InvalidDBClusterCapacityFault";
var _IDBCESF = "InvalidDBClusterEndpointStateFault";
var _IDBCSF = "InvalidDBClusterStateFault";
var _IDBCSSF = "InvalidDBClusterSnapshotStateFault";
var _IDBIABSF = "InvalidDBInstanceAutomatedBackupStateFault";
var _IDBICF = "InsufficientDBInstanceCapacityFault";
var _IDBISF = "InvalidDBInstanceStateFault";
var _IDBPESF = "InvalidDBProxyEndpointStateFault";
var _IDBPGSF = "InvalidDBParameterGroupStateFault";
var _IDBPSF = "InvalidDBProxyStateFault";
var _IDBSGF = "InvalidDBSubnetGroupFault";
var _IDBSGSF = "InvalidDBSecurityGroupStateFault";
var _IDBSGSFn = "InvalidDBShardGroupStateFault";
var _IDBSGSFnv = "InvalidDBSubnetGroupStateFault";
var _IDBSSF = "InvalidDBSnapshotStateFault";
var _IDBSSFn = "InvalidDBSubnetStateFault";
var _IDLA = "IsDataLossAllowed";
var _IDs = "IssueDetails";
var _IE = "IntegrationError";
var _IEL = "IntegrationErrorList";
var _IEOF = "InvalidExportOnlyFault";
var _IESSF = "InvalidEventSubscriptionStateFault";
var _IESSFn = "InvalidExportSourceStateFault";
var _IETSF = "InvalidExportTaskStateFault";
var _IGCSF = "InvalidGlobalClusterStateFault";
var _II = "ImageId";
var _IISF = "InvalidIntegrationStateFault";
var _IIn = "IntegrationIdentifier";
var _IL = "IntegrationList";
var _IM = "IsModifiable";
var _IMVU = "IsMajorVersionUpgrade";
var _IN = "IntegrationName";
var _INFF = "IntegrationNotFoundFault";
var _IOGSF = "InvalidOptionGroupStateFault";
var _IOONAMT = "IOOptimizedNextAllowedModificationTime";
var _IOPS = "IOPS";
var _IP = "IncludePublic";
var _IPR = "IPRanges";
var _IPRL = "IPRangeList";
var _IPRa = "IPRange";
var _IQ = "InitQuery";
var _IQEF = "InstanceQuotaExceededFault";
var _IQEFn = "IntegrationQuotaExceededFault";
var _IR = "IsRequired";
var _IRA = "IamRoleArn";
var _IRF = "InvalidRestoreFault";
var _IRMPF = "IamRoleMissingPermissionsFault";
var _IRNFF = "IamRoleNotFoundFault";
var _IRSF = "InvalidResourceStateFault";
var _IS = "InvalidSubnet";
var _ISBF = "InvalidS3BucketFault";
var _ISCCF = "InsufficientStorageClusterCapacityFault";
var _ISCUA = "IsStorageConfigUpgradeAvailable";
var _ISI = "InterconnectSubnetId";
var _ISn = "IncludeShared";
var _ITSR = "IopsToStorageRatio";
var _IVPCNSF = "InvalidVPCNetworkStateFault";
var _IW = "IsWriter";
var _Im = "Image";
var _Imp = "Impact";
var _In = "Integrations";
var _Int = "Integration";
var _K = "Key";
var _KKI = "KmsKeyId";
var _KMSKI = "KMSKeyId";
var _KMSKNAF = "KMSKeyNotAccessibleFault";
var _KSN = "KinesisStreamName";
var _L = "Links";
var _LD = "LimitlessDatabase";
var _LE = "ListenerEndpoint";
var _LFD = "LogFileData";
var _LFN = "LogFileName";
var _LI = "LeaseId";
var _LM = "LicenseModel";
var _LRT = "LatestRestorableTime";
var _LSCS = "ListSupportedCharacterSets";
var _LSED = "LifecycleSupportEndDate";
var _LSN = "LifecycleSupportName";
var _LSSD = "LifecycleSupportStartDate";
var _LST = "ListSupportedTimezones";
var _LT = "LatestTime";
var _LTFR = "ListTagsForResource";
var _LTFRM = "ListTagsForResourceMessage";
var _LTTD = "LogTypesToDisable";
var _LTTE = "LogTypesToEnable";
var _LUA = "LastUpdatedAfter";
var _LUB = "LastUpdatedBefore";
var _LW = "LastWritten";
var _LWFS = "LocalWriteForwardingStatus";
var _Li = "Limit";
var _Lo = "Locale";
var _M = "Max";
var _MACU = "MaxACU";
var _MACUi = "MinACU";
var _MAS = "MaxAllocatedStorage";
var _MASR = "ModifyActivityStreamRequest";
var _MASRo = "ModifyActivityStreamResponse";
var _MASV = "ModifyAdditionalStorageVolume";
var _MASVL = "ModifyAdditionalStorageVolumesList";
var _MASo = "ModifyActivityStream";
var _MAZ = "MultiAZ";
var _MAZC = "MultiAZCapable";
var _MC = "MinCapacity";
var _MCDBCC = "ModifyCurrentDBClusterCapacity";
var _MCDBCCM = "ModifyCurrentDBClusterCapacityMessage";
var _MCDBEV = "ModifyCustomDBEngineVersion";
var _MCDBEVM = "ModifyCustomDBEngineVersionMessage";
var _MCM = "ModifyCertificatesMessage";
var _MCP = "MaxConnectionsPercent";
var _MCR = "ModifyCertificatesResult";
var _MCa = "MaxCapacity";
var _MCo = "ModifyCertificates";
var _MDBC = "ModifyDBCluster";
var _MDBCE = "ModifyDBClusterEndpoint";
var _MDBCEM = "ModifyDBClusterEndpointMessage";
var _MDBCM = "ModifyDBClusterMessage";
var _MDBCPG = "ModifyDBClusterParameterGroup";
var _MDBCPGM = "ModifyDBClusterParameterGroupMessage";
var _MDBCR = "ModifyDBClusterResult";
var _MDBCSA = "ModifyDBClusterSnapshotAttribute";
var _MDBCSAM = "ModifyDBClusterSnapshotAttributeMessage";
var _MDBCSAR = "ModifyDBClusterSnapshotAttributeResult";
var _MDBI = "ModifyDBInstance";
var _MDBIM = "ModifyDBInstanceMessage";
var _MDBIR = "ModifyDBInstanceResult";
var _MDBP = "ModifyDBProxy";
var _MDBPE = "ModifyDBProxyEndpoint";
var _MDBPER = "ModifyDBProxyEndpointRequest";
var _MDBPERo = "ModifyDBProxyEndpointResponse";
var _MDBPG = "ModifyDBParameterGroup";
var _MDBPGM = "ModifyDBParameterGroupMessage";
var _MDBPR = "ModifyDBProxyRequest";
var _MDBPRo = "ModifyDBProxyResponse";
var _MDBPTG = "ModifyDBProxyTargetGroup";
var _MDBPTGR = "ModifyDBProxyTargetGroupRequest";
var _MDBPTGRo = "ModifyDBProxyTargetGroupResponse";
var _MDBR = "ModifyDBRecommendation";
var _MDBRM = "ModifyDBRecommendationMessage";
var _MDBS = "ModifyDBSnapshot";
var _MDBSA = "ModifyDBSnapshotAttribute";
var _MDBSAM = "ModifyDBSnapshotAttributeMessage";
var _MDBSAR = "ModifyDBSnapshotAttributeResult";
var _MDBSG = "ModifyDBShardGroup";
var _MDBSGLR = "MaxDBShardGroupLimitReached";
var _MDBSGM = "ModifyDBShardGroupMessage";
var _MDBSGMo = "ModifyDBSubnetGroupMessage";
var _MDBSGR = "ModifyDBSubnetGroupResult";
var _MDBSGo = "ModifyDBSubnetGroup";
var _MDBSM = "ModifyDBSnapshotMessage";
var _MDBSR = "ModifyDBSnapshotResult";
var _MES = "ModifyEventSubscription";
var _MESM = "ModifyEventSubscriptionMessage";
var _MESR = "ModifyEventSubscriptionResult";
var _MEV = "MajorEngineVersion";
var _MEVPAV = "MinimumEngineVersionPerAllowedValue";
var _MEVPAVL = "MinimumEngineVersionPerAllowedValueList";
var _MEVi = "MinimumEngineVersion";
var _MGC = "ModifyGlobalCluster";
var _MGCM = "ModifyGlobalClusterMessage";
var _MGCR = "ModifyGlobalClusterResult";
var _MI = "MinIops";
var _MICP = "MaxIdleConnectionsPercent";
var _MIM = "ModifyIntegrationMessage";
var _MIPDI = "MinIopsPerDbInstance";
var _MIPDIa = "MaxIopsPerDbInstance";
var _MIPG = "MinIopsPerGib";
var _MIPGa = "MaxIopsPerGib";
var _MIa = "MaxIops";
var _MIo = "MonitoringInterval";
var _MIod = "ModifyIntegration";
var _ML = "MetricList";
var _MMUP = "ManageMasterUserPassword";
var _MOG = "ModifyOptionGroup";
var _MOGM = "ModifyOptionGroupMessage";
var _MOGR = "ModifyOptionGroupResult";
var _MQ = "MetricQuery";
var _MR = "MaxRecords";
var _MRA = "MonitoringRoleArn";
var _MRACU = "MinRequiredACU";
var _MRL = "MetricReferenceList";
var _MRMEV = "MinimumRequiredMinorEngineVersion";
var _MRe = "MetricReference";
var _MSS = "MinStorageSize";
var _MSSa = "MaxStorageSize";
var _MST = "MinStorageThroughput";
var _MSTPDI = "MinStorageThroughputPerDbInstance";
var _MSTPDIa = "MaxStorageThroughputPerDbInstance";
var _MSTPI = "MinStorageThroughputPerIops";
var _MSTPIa = "MaxStorageThroughputPerIops";
var _MSTa = "MaxStorageThroughput";
var _MT = "MultiTenant";
var _MTD = "ModifyTenantDatabase";
var _MTDM = "ModifyTenantDatabaseMessage";
var _MTDR = "ModifyTenantDatabaseResult";
var _MU = "MasterUsername";
var _MUAT = "MasterUserAuthenticationType";
var _MUP = "MasterUserPassword";
var _MUS = "MasterUserSecret";
var _MUSKKI = "MasterUserSecretKmsKeyId";
var _Ma = "Marker";
var _Man = "Manifest";
var _Me = "Message";
var _Met = "Metric";
var _Metr = "Metrics";
var _Mo = "Mode";
var _N = "Name";
var _NCSN = "NcharCharacterSetName";
var _NDBCI = "NewDBClusterIdentifier";
var _NDBII = "NewDBInstanceIdentifier";
var _NDBPEN = "NewDBProxyEndpointName";
var _NDBPN = "NewDBProxyName";
var _NGCI = "NewGlobalClusterIdentifier";
var _NN = "NewName";
var _NOL = "NumberOfLines";
var _NT = "NetworkType";
var _NTDBN = "NewTenantDBName";
var _NTNS = "NetworkTypeNotSupported";
var _No = "Normal";
var _O = "Option";
var _OC = "OptionConfiguration";
var _OCL = "OptionConfigurationList";
var _OCN = "OptionConflictName";
var _OCW = "OptionsConflictsWith";
var _OCu = "OutpostCapable";
var _OD = "OptionDescription";
var _ODBIO = "OrderableDBInstanceOption";
var _ODBIOL = "OrderableDBInstanceOptionsList";
var _ODBIOM = "OrderableDBInstanceOptionsMessage";
var _ODBIOr = "OrderableDBInstanceOptions";
var _ODO = "OptionsDependedOn";
var _OG = "OptionGroup";
var _OGA = "OptionGroupArn";
var _OGAEF = "OptionGroupAlreadyExistsFault";
var _OGD = "OptionGroupDescription";
var _OGL = "OptionGroupsList";
var _OGM = "OptionGroupMemberships";
var _OGML = "OptionGroupMembershipList";
var _OGMp = "OptionGroupMembership";
var _OGN = "OptionGroupName";
var _OGNFF = "OptionGroupNotFoundFault";
var _OGO = "OptionGroupOption";
var _OGOL = "OptionGroupOptionsList";
var _OGOM = "OptionGroupOptionsMessage";
var _OGOS = "OptionGroupOptionSettings";
var _OGOSL = "OptionGroupOptionSettingsList";
var _OGOSp = "OptionGroupOptionSetting";
var _OGOV = "OptionGroupOptionVersions";
var _OGOVL = "OptionGroupOptionVersionsList";
var _OGOp = "OptionGroupOptions";
var _OGQEF = "OptionGroupQuotaExceededFault";
var _OGp = "OptionGroups";
var _OI = "OwnerId";
var _OIS = "OptInStatus";
var _OIT = "OptInType";
var _OL = "OptionsList";
var _ON = "OptionName";
var _OS = "OptionSettings";
var _OSCL = "OptionSettingConfigurationList";
var _OSCT = "OriginalSnapshotCreateTime";
var _OSL = "OptionSettingsList";
var _OSS = "OperatorSensitiveString";
var _OSp = "OptionSetting";
var _OT = "OfferingType";
var _OTI = "OptionsToInclude";
var _OTR = "OptionsToRemove";
var _OU = "OU";
var _OV = "OptionVersion";
var _Op = "Options";
var _Ope = "Operation";
var _Ou = "Outpost";
var _P = "Port";
var _PA = "PubliclyAccessible";
var _PAS = "ParameterApplyStatus";
var _PBW = "PreferredBackupWindow";
var _PC = "PendingCapacity";
var _PCLE = "PendingCloudwatchLogsExports";
var _PD = "ProductDescription";
var _PF = "ProcessorFeatures";
var _PFL = "ProcessorFeatureList";
var _PFr = "ProcessorFeature";
var _PI = "ProvisionedIops";
var _PID = "PerformanceIssueDetails";
var _PIE = "PerformanceInsightsEnabled";
var _PIKMSKI = "PerformanceInsightsKMSKeyId";
var _PIMDG = "PerformanceInsightsMetricDimensionGroup";
var _PIMQ = "PerformanceInsightsMetricQuery";
var _PINAIAZF = "ProvisionedIopsNotAvailableInAZFault";
var _PIRP = "PerformanceInsightsRetentionPeriod";
var _PITRNEF = "PointInTimeRestoreNotEnabledFault";
var _PL = "ParametersList";
var _PMA = "PendingMaintenanceAction";
var _PMAD = "PendingMaintenanceActionDetails";
var _PMAM = "PendingMaintenanceActionsMessage";
var _PMAe = "PendingMaintenanceActions";
var _PMV = "PendingModifiedValues";
var _PMW = "PreferredMaintenanceWindow";
var _PN = "ParameterName";
var _PP = "PercentProgress";
var _PR = "PortRequired";
var _PRDBIO = "PurchaseReservedDBInstancesOffering";
var _PRDBIOM = "PurchaseReservedDBInstancesOfferingMessage";
var _PRDBIOR = "PurchaseReservedDBInstancesOfferingResult";
var _PRR = "PromoteReadReplica";
var _PRRDBC = "PromoteReadReplicaDBCluster";
var _PRRDBCM = "PromoteReadReplicaDBClusterMessage";
var _PRRDBCR = "PromoteReadReplicaDBClusterResult";
var _PRRM = "PromoteReadReplicaMessage";
var _PRRR = "PromoteReadReplicaResult";
var _PS = "PolicyStatus";
var _PSOSV = "PotentiallySensitiveOptionSettingValue";
var _PST = "ProvisionedStorageThroughput";
var _PSU = "PreSignedUrl";
var _PT = "PromotionTier";
var _PV = "ParameterValue";
var _Pa = "Parameters";
var _Par = "Parameter";
var _Pe = "Persistent";
var _Per = "Permanent";
var _R = "Region";
var _RA = "RoleArn";
var _RAL = "RecommendedActionList";
var _RAMEVU = "RequiresAutoMinorEngineVersionUpgrade";
var _RAP = "RecommendedActionParameter";
var _RAPL = "RecommendedActionParameterList";
var _RAPe = "ResetAllParameters";
var _RAU = "RecommendedActionUpdates";
var _RAUL = "RecommendedActionUpdateList";
var _RAUe = "RecommendedActionUpdate";
var _RAe = "ResourceArn";
var _RAec = "RecommendedActions";
var _RAeco = "RecommendedAction";
var _RC = "RecurringCharge";
var _RCA = "RecurringChargeAmount";
var _RCCC = "RdsCustomClusterConfiguration";
var _RCF = "RecurringChargeFrequency";
var _RCL = "RecurringChargeList";
var _RCO = "RemoveCustomerOverride";
var _RCe = "RecurringCharges";
var _RD = "ReferenceDetails";
var _RDBC = "RebootDBCluster";
var _RDBCFS = "RestoreDBClusterFromS3";
var _RDBCFSM = "RestoreDBClusterFromS3Message";
var _RDBCFSMe = "RestoreDBClusterFromSnapshotMessage";
var _RDBCFSR = "RestoreDBClusterFromS3Result";
var _RDBCFSRe = "RestoreDBClusterFromSnapshotResult";
var _RDBCFSe = "RestoreDBClusterFromSnapshot";
var _RDBCM = "RebootDBClusterMessage";
var _RDBCPG = "ResetDBClusterParameterGroup";
var _RDBCPGM = "ResetDBClusterParameterGroupMessage";
var _RDBCR = "RebootDBClusterResult";
var _RDBCTPIT = "RestoreDBClusterToPointInTime";
var _RDBCTPITM = "RestoreDBClusterToPointInTimeMessage";
var _RDBCTPITR = "RestoreDBClusterToPointInTimeResult";
var _RDBI = "ReservedDBInstance";
var _RDBIA = "ReservedDBInstanceArn";
var _RDBIAEF = "ReservedDBInstanceAlreadyExistsFault";
var _RDBIFDBS = "RestoreDBInstanceFromDBSnapshot";
var _RDBIFDBSM = "RestoreDBInstanceFromDBSnapshotMessage";
var _RDBIFDBSR = "RestoreDBInstanceFromDBSnapshotResult";
var _RDBIFS = "RestoreDBInstanceFromS3";
var _RDBIFSM = "RestoreDBInstanceFromS3Message";
var _RDBIFSR = "RestoreDBInstanceFromS3Result";
var _RDBII = "ReservedDBInstanceId";
var _RDBIL = "ReservedDBInstanceList";
var _RDBIM = "RebootDBInstanceMessage";
var _RDBIMe = "ReservedDBInstanceMessage";
var _RDBINFF = "ReservedDBInstanceNotFoundFault";
var _RDBIO = "ReservedDBInstancesOffering";
var _RDBIOI = "ReservedDBInstancesOfferingId";
var _RDBIOL = "ReservedDBInstancesOfferingList";
var _RDBIOM = "ReservedDBInstancesOfferingMessage";
var _RDBIONFF = "ReservedDBInstancesOfferingNotFoundFault";
var _RDBIOe = "ReservedDBInstancesOfferings";
var _RDBIQEF = "ReservedDBInstanceQuotaExceededFault";
var _RDBIR = "RebootDBInstanceResult";
var _RDBITPIT = "RestoreDBInstanceToPointInTime";
var _RDBITPITM = "RestoreDBInstanceToPointInTimeMessage";
var _RDBITPITR = "RestoreDBInstanceToPointInTimeResult";
var _RDBIe = "ReservedDBInstances";
var _RDBIeb = "RebootDBInstance";
var _RDBPG = "ResetDBParameterGroup";
var _RDBPGM = "ResetDBParameterGroupMessage";
var _RDBPT = "RegisterDBProxyTargets";
var _RDBPTR = "RegisterDBProxyTargetsRequest";
var _RDBPTRe = "RegisterDBProxyTargetsResponse";
var _RDBSG = "RebootDBShardGroup";
var _RDBSGI = "RevokeDBSecurityGroupIngress";
var _RDBSGIM = "RevokeDBSecurityGroupIngressMessage";
var _RDBSGIR = "RevokeDBSecurityGroupIngressResult";
var _RDBSGM = "RebootDBShardGroupMessage";
var _RE = "ReaderEndpoint";
var _RFAMM = "ResumeFullAutomationModeMinutes";
var _RFAMT = "ResumeFullAutomationModeTime";
var _RFGC = "RemoveFromGlobalCluster";
var _RFGCM = "RemoveFromGlobalClusterMessage";
var _RFGCR = "RemoveFromGlobalClusterResult";
var _RI = "ResourceIdentifier";
var _RIe = "RecommendationId";
var _RL = "RangeList";
var _RM = "ReplicaMode";
var _RMUP = "RotateMasterUserPassword";
var _RN = "ResourceName";
var _RNFF = "ResourceNotFoundFault";
var _RNe = "RegionName";
var _RPMA = "ResourcePendingMaintenanceActions";
var _RRC = "ReadReplicaCapable";
var _RRDBCI = "ReadReplicaDBClusterIdentifiers";
var _RRDBCIL = "ReadReplicaDBClusterIdentifierList";
var _RRDBCIe = "ReadReplicaDBClusterIdentifier";
var _RRDBII = "ReadReplicaDBInstanceIdentifiers";
var _RRDBIIL = "ReadReplicaDBInstanceIdentifierList";
var _RRDBIIe = "ReadReplicaDBInstanceIdentifier";
var _RRFDBC = "RemoveRoleFromDBCluster";
var _RRFDBCM = "RemoveRoleFromDBClusterMessage";
var _RRFDBI = "RemoveRoleFromDBInstance";
var _RRFDBIM = "RemoveRoleFromDBInstanceMessage";
var _RRI = "ReadReplicaIdentifiers";
var _RRIL = "ReadReplicaIdentifierList";
var _RRId = "RdsResourceId";
var _RRIe = "ReadReplicaIdentifier";
var _RRSDBCI = "ReadReplicaSourceDBClusterIdentifier";
var _RRSDBII = "ReadReplicaSourceDBInstanceIdentifier";
var _RSI = "ReplicationSourceIdentifier";
var _RSIFS = "RemoveSourceIdentifierFromSubscription";
var _RSIFSM = "RemoveSourceIdentifierFromSubscriptionMessage";
var _RSIFSR = "RemoveSourceIdentifierFromSubscriptionResult";
var _RT = "RestoreType";
var _RTFR = "RemoveTagsFromResource";
var _RTFRM = "RemoveTagsFromResourceMessage";
var _RTLS = "RequireTLS";
var _RTT = "RestoreToTime";
var _RTe = "RestoreTime";
var _RTes = "ResourceType";
var _RW = "RestoreWindow";
var _Ra = "Range";
var _Re = "Recommendation";
var _Rea = "Reason";
var _Read = "Readers";
var _Ref = "References";
var _Ro = "Role";
var _S = "Source";
var _SA = "SourceArn";
var _SAEF = "SubscriptionAlreadyExistFault";
var _SAI = "SourceAccountId";
var _SAIU = "SubnetAlreadyInUse";
var _SAS = "StartActivityStream";
var _SASM = "SupportedActivityStreamModes";
var _SASR = "StartActivityStreamRequest";
var _SASRt = "StartActivityStreamResponse";
var _SASRto = "StopActivityStreamRequest";
var _SASRtop = "StopActivityStreamResponse";
var _SASV = "SupportsAdditionalStorageVolumes";
var _SASt = "StopActivityStream";
var _SAZ = "SnapshotAvailabilityZone";
var _SAZe = "SecondaryAvailabilityZone";
var _SAZu = "SubnetAvailabilityZone";
var _SAe = "SecretArn";
var _SB = "SupportsBabelfish";
var _SBGD = "SwitchoverBlueGreenDeployment";
var _SBGDR = "SwitchoverBlueGreenDeploymentRequest";
var _SBGDRw = "SwitchoverBlueGreenDeploymentResponse";
var _SBN = "S3BucketName";
var _SBT = "SecondsBeforeTimeout";
var _SBu = "S3Bucket";
var _SC = "ScalingConfiguration";
var _SCACI = "SupportedCACertificateIdentifiers";
var _SCDEVI = "SourceCustomDbEngineVersionIdentifier";
var _SCI = "ScalingConfigurationInfo";
var _SCNFF = "SubscriptionCategoryNotFoundFault";
var _SCNSF = "SourceClusterNotSupportedFault";
var _SCRWR = "SupportsCertificateRotationWithoutRestart";
var _SCS = "SupportedCharacterSets";
var _SCSL = "SupportedCharacterSetsList";
var _SCT = "SnapshotCreateTime";
var _SCTu = "SubscriptionCreationTime";
var _SCu = "SupportsClusters";
var _SD = "SwitchoverDetails";
var _SDBC = "StartDBCluster";
var _SDBCI = "SourceDBClusterIdentifier";
var _SDBCM = "StartDBClusterMessage";
var _SDBCMt = "StopDBClusterMessage";
var _SDBCPGI = "SourceDBClusterParameterGroupIdentifier";
var _SDBCR = "StartDBClusterResult";
var _SDBCRt = "StopDBClusterResult";
var _SDBCSA = "SourceDBClusterSnapshotArn";
var _SDBCSI = "SourceDBClusterSnapshotIdentifier";
var _SDBCt = "StopDBCluster";
var _SDBI = "StartDBInstance";
var _SDBIA = "SourceDBInstanceArn";
var _SDBIABA = "SourceDBInstanceAutomatedBackupsArn";
var _SDBIABR = "SupportsDBInstanceAutomatedBackupsReplication";
var _SDBIABRM = "StartDBInstanceAutomatedBackupsReplicationMessage";
var _SDBIABRMt = "StopDBInstanceAutomatedBackupsReplicationMessage";
var _SDBIABRR = "StartDBInstanceAutomatedBackupsReplicationResult";
var _SDBIABRRt = "StopDBInstanceAutomatedBackupsReplicationResult";
var _SDBIABRt = "StartDBInstanceAutomatedBackupsReplication";
var _SDBIABRto = "StopDBInstanceAutomatedBackupsReplication";
var _SDBII = "SourceDBInstanceIdentifier";
var _SDBIM = "StartDBInstanceMessage";
var _SDBIMt = "StopDBInstanceMessage";
var _SDBIR = "StartDBInstanceResult";
var _SDBIRt = "StopDBInstanceResult";
var _SDBIt = "StopDBInstance";
var _SDBPGI = "SourceDBParameterGroupIdentifier";
var _SDBSI = "SourceDBSnapshotIdentifier";
var _SDCRI = "SourceDbClusterResourceId";
var _SDL = "SwitchoverDetailList";
var _SDLV = "SupportsDedicatedLogVolume";
var _SDNSF = "SourceDatabaseNotSupportedFault";
var _SDRI = "SourceDbiResourceId";
var _SDT = "SnapshotDatabaseTime";
var _SDe = "SettingDescription";
var _SDt = "StatusDetails";
var _SDta = "StatisticsDetails";
var _SDw = "SwitchoverDetail";
var _SE = "StorageEncrypted";
var _SEL = "SupportedEngineLifecycles";
var _SELL = "SupportedEngineLifecycleList";
var _SELu = "SupportedEngineLifecycle";
var _SEM = "SupportedEngineModes";
var _SEMu = "SupportsEnhancedMonitoring";
var _SET = "StorageEncryptionType";
var _SETM = "StartExportTaskMessage";
var _SETt = "StartExportTask";
var _SEV = "SourceEngineVersion";
var _SEo = "SourceEngine";
var _SFD = "SetForDelete";
var _SFN = "SupportedFeatureNames";
var _SFS = "SkipFinalSnapshot";
var _SG = "SecurityGroups";
var _SGC = "SwitchoverGlobalCluster";
var _SGCM = "SwitchoverGlobalClusterMessage";
var _SGCR = "SwitchoverGlobalClusterResult";
var _SGD = "SupportsGlobalDatabases";
var _SGS = "SubnetGroupStatus";
var _SHE = "SupportsHttpEndpoint";
var _SI = "SourceIdentifier";
var _SIAMDA = "SupportsIAMDatabaseAuthentication";
var _SIL = "SourceIdsList";
var _SILu = "SubnetIdentifierList";
var _SIRA = "S3IngestionRoleArn";
var _SIn = "SnapshotIdentifier";
var _SIo = "SourceIds";
var _SIou = "SourceId";
var _SIt = "StatusInfos";
var _SIu = "SupportsIops";
var _SIub = "SubnetIds";
var _SIubn = "SubnetIdentifier";
var _SIup = "SupportsIntegrations";
var _SKA = "SupportsKerberosAuthentication";
var _SL = "SubnetList";
var _SLD = "SupportsLimitlessDatabase";
var _SLETCL = "SupportsLogExportsToCloudwatchLogs";
var _SLWF = "SupportsLocalWriteForwarding";
var _SM = "StaticMembers";
var _SMo = "SourceMember";
var _SN = "SubscriptionName";
var _SNCS = "SupportedNcharCharacterSets";
var _SNFF = "SourceNotFoundFault";
var _SNFFu = "SubscriptionNotFoundFault";
var _SNSITF = "SNSInvalidTopicFault";
var _SNSNAF = "SNSNoAuthorizationFault";
var _SNSTANFF = "SNSTopicArnNotFoundFault";
var _SNT = "SupportedNetworkTypes";
var _SNe = "SettingName";
var _SO = "SubnetOutpost";
var _SOG = "SourceOptionGroup";
var _SOGI = "SourceOptionGroupIdentifier";
var _SOPP = "StorageOperationPercentProgress";
var _SOS = "StorageOperationStatus";
var _SOVD = "SupportsOptionVersionDowngrade";
var _SP = "S3Prefix";
var _SPF = "SessionPinningFilters";
var _SPI = "SupportsPerformanceInsights";
var _SPQ = "SupportsParallelQuery";
var _SQEF = "SnapshotQuotaExceededFault";
var _SQEFt = "StorageQuotaExceededFault";
var _SR = "SourceRegion";
var _SRD = "ScalarReferenceDetails";
var _SRL = "SourceRegionList";
var _SRM = "SourceRegionMessage";
var _SRR = "SupportsReadReplica";
var _SRRM = "SwitchoverReadReplicaMessage";
var _SRRR = "SwitchoverReadReplicaResult";
var _SRRw = "SwitchoverReadReplica";
var _SRo = "SourceRegions";
var _SS = "SensitiveString";
var _SSA = "SupportsStorageAutoscaling";
var _SSE = "SupportsStorageEncryption";
var _SSQEF = "SharedSnapshotQuotaExceededFault";
var _SST = "SupportsStorageThroughput";
var _SSe = "SecretStatus";
var _SSt = "StorageSize";
var _SSu = "SubnetStatus";
var _SSy = "SynchronizationStatus";
var _ST = "StorageThroughput";
var _STA = "SnsTopicArn";
var _STL = "SupportedTimezonesList";
var _STNAF = "StorageTypeNotAvailableFault";
var _STNSF = "StorageTypeNotSupportedFault";
var _STTIR = "StorageThroughputToIopsRatio";
var _STn = "SnapshotTarget";
var _STna = "SnapshotType";
var _STnap = "SnapshotTime";
var _STo = "SourceType";
var _STt = "StorageType";
var _STta = "StatusType";
var _STtar = "StartTime";
var _STu = "SupportedTimezones";
var _STw = "SwitchoverTimeout";
var _SUAP = "SecondsUntilAutoPause";
var _SVFS = "ServerlessV2FeaturesSupport";
var _SVPV = "ServerlessV2PlatformVersion";
var _SVPVD = "ServerlessV2PlatformVersionDescription";
var _SVPVI = "ServerlessV2PlatformVersionInfo";
var _SVPVL = "ServerlessV2PlatformVersionList";
var _SVPVM = "ServerlessV2PlatformVersionsMessage";
var _SVPVe = "ServerlessV2PlatformVersions";
var _SVS = "StorageVolumeStatus";
var _SVSC = "ServerlessV2ScalingConfiguration";
var _SVSCI = "ServerlessV2ScalingConfigurationInfo";
var _Se = "Severity";
var _Si = "Size";
var _St = "Status";
var _Sta = "State";
var _Ste = "Step";
var _Sto = "Storage";
var _Su = "Subnets";
var _Sub = "Subnet";
var _Sw = "Switchover";
var _T = "Tags";
var _TA = "TargetArn";
var _TAS = "TargetAllocatedStorage";
var _TAi = "TimeoutAction";
var _TCA = "TdeCredentialArn";
var _TCAZ = "TargetCustomAvailabilityZone";
var _TCI = "TrackedClusterId";
var _TCNT = "TargetConnectionNetworkType";
var _TCP = "TdeCredentialPassword";
var _TD = "TenantDatabase";
var _TDAEF = "TenantDatabaseAlreadyExistsFault";
var _TDARN = "TenantDatabaseARN";
var _TDBCPGD = "TargetDBClusterParameterGroupDescription";
var _TDBCPGI = "TargetDBClusterParameterGroupIdentifier";
var _TDBCPGN = "TargetDBClusterParameterGroupName";
var _TDBCSI = "TargetDBClusterSnapshotIdentifier";
var _TDBIC = "TargetDBInstanceClass";
var _TDBII = "TargetDBInstanceIdentifier";
var _TDBN = "TenantDBName";
var _TDBPGD = "TargetDBParameterGroupDescription";
var _TDBPGI = "TargetDBParameterGroupIdentifier";
var _TDBPGN = "TargetDBParameterGroupName";
var _TDBSI = "TargetDBSnapshotIdentifier";
var _TDCA = "ToDbClusterArn";
var _TDCI = "TargetDbClusterIdentifier";
var _TDCT = "TenantDatabaseCreateTime";
var _TDL = "TenantDatabasesList";
var _TDM = "TenantDatabasesMessage";
var _TDNFF = "TenantDatabaseNotFoundFault";
var _TDPMV = "TenantDatabasePendingModifiedValues";
var _TDQEF = "TenantDatabaseQuotaExceededFault";
var _TDRI = "TenantDatabaseResourceId";
var _TDe = "TenantDatabases";
var _TDy = "TypeDetection";
var _TEDIGB = "TotalExtractedDataInGB";
var _TET = "TaskEndTime";
var _TEV = "TargetEngineVersion";
var _TG = "TargetGroups";
var _TGA = "TargetGroupArn";
var _TGL = "TargetGroupList";
var _TGMDI = "TransitGatewayMulticastDomainId";
var _TGN = "TargetGroupName";
var _TH = "TargetHealth";
var _TI = "TargetIops";
var _TIy = "TypeId";
var _TK = "TagKeys";
var _TL = "TagList";
var _TLM = "TagListMessage";
var _TLa = "TargetList";
var _TM = "TargetMember";
var _TN = "TimezoneName";
var _TOGD = "TargetOptionGroupDescription";
var _TOGI = "TargetOptionGroupIdentifier";
var _TR = "TargetRole";
var _TRy = "TypeRecommendation";
var _TS = "TagSpecifications";
var _TSL = "TagSpecificationList";
var _TST = "TargetStorageType";
var _TSTa = "TargetStorageThroughput";
var _TSTas = "TaskStartTime";
var _TSa = "TagSpecification";
var _Ta = "Target";
var _Tag = "Tag";
var _Tar = "Targets";
var _Tas = "Tasks";
var _Te = "Text";
var _Th = "Thumbprint";
var _Ti = "Timezone";
var _Tit = "Title";
var _To = "To";
var _Ty = "Type";
var _U = "Used";
var _UAC = "UserAuthConfig";
var _UACI = "UserAuthConfigInfo";
var _UACIL = "UserAuthConfigInfoList";
var _UACL = "UserAuthConfigList";
var _UAPLI = "UseAwsProvidedLatestImage";
var _UD = "UpdatedDate";
var _UDBEVF = "UnsupportedDBEngineVersionFault";
var _UDPF = "UseDefaultProcessorFeatures";
var _UETOPITU = "UseEarliestTimeOnPointInTimeUnavailable";
var _ULRT = "UseLatestRestorableTime";
var _UN = "UserName";
var _UP = "UsagePrice";
var _URO = "UpgradeRolloutOrder";
var _USC = "UpgradeStorageConfig";
var _UT = "UpdatedTime";
var _UTSC = "UpgradeTargetStorageConfig";
var _UTp = "UpgradeTarget";
var _Ur = "Url";
var _V = "Value";
var _VASO = "ValidAdditionalStorageOptions";
var _VDBIMM = "ValidDBInstanceModificationsMessage";
var _VECVE = "VpcEncryptionControlViolationException";
var _VF = "ValidFrom";
var _VI = "VpcId";
var _VN = "VolumeName";
var _VO = "VpcOnly";
var _VPCNE = "VPCNetworkingEnabled";
var _VPF = "ValidProcessorFeatures";
var _VSG = "VpcSecurityGroups";
var _VSGI = "VpcSecurityGroupIds";
var _VSGIL = "VpcSecurityGroupIdList";
var _VSGIp = "VpcSecurityGroupId";
var _VSGM = "VpcSecurityGroupMemberships";
var _VSGML = "VpcSecurityGroupMembershipList";
var _VSGMp = "VpcSecurityGroupMembership";
var _VSI = "VpcSubnetIds";
var _VSO = "ValidStorageOptions";
var _VSOL = "ValidStorageOptionsList";
var _VT = "ValidTill";
var _VTA = "ValuesToAdd";
var _VTR = "ValuesToRemove";
var _VUT = "ValidUpgradeTarget";
var _VUTL = "ValidUpgradeTargetList";
var _VVO = "ValidVolumeOptions";
var _VVOL = "ValidVolumeOptionsList";
var _Va = "Values";
var _Ve = "Version";
var _Vo = "Volumes";
var _Vp = "Vpc";
var _WEC = "WithExpressConfiguration";
var _WM = "WarningMessage";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _i = "item";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.rds";
var _xN = "xmlName";
var n0 = "com.amazonaws.rds";
var _s_registry = new TypeRegistry(_s);
var RDSServiceException$ = [-3, _s, "RDSServiceException", 0, [], []];
_s_registry.registerError(RDSServiceException$, RDSServiceException);
var n0_registry = new TypeRegistry(n0);
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
var AuthorizationQuotaExceededFault$ = [
  -3,
  n0,
  _AQEF,
  { [_aQE]: [`AuthorizationQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(AuthorizationQuotaExceededFault$, AuthorizationQuotaExceededFault);
var BackupPolicyNotFoundFault$ = [
  -3,
  n0,
  _BPNFF,
  { [_aQE]: [`BackupPolicyNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(BackupPolicyNotFoundFault$, BackupPolicyNotFoundFault);
var BlueGreenDeploymentAlreadyExistsFault$ = [
  -3,
  n0,
  _BGDAEF,
  { [_aQE]: [`BlueGreenDeploymentAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(BlueGreenDeploymentAlreadyExistsFault$, BlueGreenDeploymentAlreadyExistsFault);
var BlueGreenDeploymentNotFoundFault$ = [
  -3,
  n0,
  _BGDNFF,
  { [_aQE]: [`BlueGreenDeploymentNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(BlueGreenDeploymentNotFoundFault$, BlueGreenDeploymentNotFoundFault);
var CertificateNotFoundFault$ = [
  -3,
  n0,
  _CNFF,
  { [_aQE]: [`CertificateNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CertificateNotFoundFault$, CertificateNotFoundFault);
var CreateCustomDBEngineVersionFault$ = [
  -3,
  n0,
  _CCDBEVF,
  { [_aQE]: [`CreateCustomDBEngineVersionFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CreateCustomDBEngineVersionFault$, CreateCustomDBEngineVersionFault);
var CustomAvailabilityZoneNotFoundFault$ = [
  -3,
  n0,
  _CAZNFF,
  { [_aQE]: [`CustomAvailabilityZoneNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CustomAvailabilityZoneNotFoundFault$, CustomAvailabilityZoneNotFoundFault);
var CustomDBEngineVersionAlreadyExistsFault$ = [
  -3,
  n0,
  _CDBEVAEF,
  { [_aQE]: [`CustomDBEngineVersionAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CustomDBEngineVersionAlreadyExistsFault$, CustomDBEngineVersionAlreadyExistsFault);
var CustomDBEngineVersionNotFoundFault$ = [
  -3,
  n0,
  _CDBEVNFF,
  { [_aQE]: [`CustomDBEngineVersionNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CustomDBEngineVersionNotFoundFault$, CustomDBEngineVersionNotFoundFault);
var CustomDBEngineVersionQuotaExceededFault$ = [
  -3,
  n0,
  _CDBEVQEF,
  { [_aQE]: [`CustomDBEngineVersionQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(CustomDBEngineVersionQuotaExceededFault$, CustomDBEngineVersionQuotaExceededFault);
var DBClusterAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCAEF,
  { [_aQE]: [`DBClusterAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterAlreadyExistsFault$, DBClusterAlreadyExistsFault);
var DBClusterAutomatedBackupNotFoundFault$ = [
  -3,
  n0,
  _DBCABNFF,
  { [_aQE]: [`DBClusterAutomatedBackupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterAutomatedBackupNotFoundFault$, DBClusterAutomatedBackupNotFoundFault);
var DBClusterAutomatedBackupQuotaExceededFault$ = [
  -3,
  n0,
  _DBCABQEF,
  { [_aQE]: [`DBClusterAutomatedBackupQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterAutomatedBackupQuotaExceededFault$, DBClusterAutomatedBackupQuotaExceededFault);
var DBClusterBacktrackNotFoundFault$ = [
  -3,
  n0,
  _DBCBNFF,
  { [_aQE]: [`DBClusterBacktrackNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterBacktrackNotFoundFault$, DBClusterBacktrackNotFoundFault);
var DBClusterEndpointAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCEAEF,
  { [_aQE]: [`DBClusterEndpointAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterEndpointAlreadyExistsFault$, DBClusterEndpointAlreadyExistsFault);
var DBClusterEndpointNotFoundFault$ = [
  -3,
  n0,
  _DBCENFF,
  { [_aQE]: [`DBClusterEndpointNotFoundFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterEndpointNotFoundFault$, DBClusterEndpointNotFoundFault);
var DBClusterEndpointQuotaExceededFault$ = [
  -3,
  n0,
  _DBCEQEF,
  { [_aQE]: [`DBClusterEndpointQuotaExceededFault`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterEndpointQuotaExceededFault$, DBClusterEndpointQuotaExceededFault);
var DBClusterNotFoundFault$ = [
  -3,
  n0,
  _DBCNFF,
  { [_aQE]: [`DBClusterNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterNotFoundFault$, DBClusterNotFoundFault);
var DBClusterParameterGroupNotFoundFault$ = [
  -3,
  n0,
  _DBCPGNFF,
  { [_aQE]: [`DBClusterParameterGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterParameterGroupNotFoundFault$, DBClusterParameterGroupNotFoundFault);
var DBClusterQuotaExceededFault$ = [
  -3,
  n0,
  _DBCQEF,
  { [_aQE]: [`DBClusterQuotaExceededFault`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterQuotaExceededFault$, DBClusterQuotaExceededFault);
var DBClusterRoleAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCRAEF,
  { [_aQE]: [`DBClusterRoleAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterRoleAlreadyExistsFault$, DBClusterRoleAlreadyExistsFault);
var DBClusterRoleNotFoundFault$ = [
  -3,
  n0,
  _DBCRNFF,
  { [_aQE]: [`DBClusterRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterRoleNotFoundFault$, DBClusterRoleNotFoundFault);
var DBClusterRoleQuotaExceededFault$ = [
  -3,
  n0,
  _DBCRQEF,
  { [_aQE]: [`DBClusterRoleQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterRoleQuotaExceededFault$, DBClusterRoleQuotaExceededFault);
var DBClusterSnapshotAlreadyExistsFault$ = [
  -3,
  n0,
  _DBCSAEF,
  { [_aQE]: [`DBClusterSnapshotAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterSnapshotAlreadyExistsFault$, DBClusterSnapshotAlreadyExistsFault);
var DBClusterSnapshotNotFoundFault$ = [
  -3,
  n0,
  _DBCSNFF,
  { [_aQE]: [`DBClusterSnapshotNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBClusterSnapshotNotFoundFault$, DBClusterSnapshotNotFoundFault);
var DBInstanceAlreadyExistsFault$ = [
  -3,
  n0,
  _DBIAEF,
  { [_aQE]: [`DBInstanceAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceAlreadyExistsFault$, DBInstanceAlreadyExistsFault);
var DBInstanceAutomatedBackupNotFoundFault$ = [
  -3,
  n0,
  _DBIABNFF,
  { [_aQE]: [`DBInstanceAutomatedBackupNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceAutomatedBackupNotFoundFault$, DBInstanceAutomatedBackupNotFoundFault);
var DBInstanceAutomatedBackupQuotaExceededFault$ = [
  -3,
  n0,
  _DBIABQEF,
  { [_aQE]: [`DBInstanceAutomatedBackupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceAutomatedBackupQuotaExceededFault$, DBInstanceAutomatedBackupQuotaExceededFault);
var DBInstanceNotFoundFault$ = [
  -3,
  n0,
  _DBINFF,
  { [_aQE]: [`DBInstanceNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceNotFoundFault$, DBInstanceNotFoundFault);
var DBInstanceNotReadyFault$ = [
  -3,
  n0,
  _DBINRF,
  { [_aQE]: [`DBInstanceNotReady`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceNotReadyFault$, DBInstanceNotReadyFault);
var DBInstanceRoleAlreadyExistsFault$ = [
  -3,
  n0,
  _DBIRAEF,
  { [_aQE]: [`DBInstanceRoleAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceRoleAlreadyExistsFault$, DBInstanceRoleAlreadyExistsFault);
var DBInstanceRoleNotFoundFault$ = [
  -3,
  n0,
  _DBIRNFF,
  { [_aQE]: [`DBInstanceRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceRoleNotFoundFault$, DBInstanceRoleNotFoundFault);
var DBInstanceRoleQuotaExceededFault$ = [
  -3,
  n0,
  _DBIRQEF,
  { [_aQE]: [`DBInstanceRoleQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBInstanceRoleQuotaExceededFault$, DBInstanceRoleQuotaExceededFault);
var DBLogFileNotFoundFault$ = [
  -3,
  n0,
  _DBLFNFF,
  { [_aQE]: [`DBLogFileNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBLogFileNotFoundFault$, DBLogFileNotFoundFault);
var DBParameterGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _DBPGAEF,
  { [_aQE]: [`DBParameterGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBParameterGroupAlreadyExistsFault$, DBParameterGroupAlreadyExistsFault);
var DBParameterGroupNotFoundFault$ = [
  -3,
  n0,
  _DBPGNFF,
  { [_aQE]: [`DBParameterGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBParameterGroupNotFoundFault$, DBParameterGroupNotFoundFault);
var DBParameterGroupQuotaExceededFault$ = [
  -3,
  n0,
  _DBPGQEF,
  { [_aQE]: [`DBParameterGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBParameterGroupQuotaExceededFault$, DBParameterGroupQuotaExceededFault);
var DBProxyAlreadyExistsFault$ = [
  -3,
  n0,
  _DBPAEF,
  { [_aQE]: [`DBProxyAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyAlreadyExistsFault$, DBProxyAlreadyExistsFault);
var DBProxyEndpointAlreadyExistsFault$ = [
  -3,
  n0,
  _DBPEAEF,
  { [_aQE]: [`DBProxyEndpointAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyEndpointAlreadyExistsFault$, DBProxyEndpointAlreadyExistsFault);
var DBProxyEndpointNotFoundFault$ = [
  -3,
  n0,
  _DBPENFF,
  { [_aQE]: [`DBProxyEndpointNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyEndpointNotFoundFault$, DBProxyEndpointNotFoundFault);
var DBProxyEndpointQuotaExceededFault$ = [
  -3,
  n0,
  _DBPEQEF,
  { [_aQE]: [`DBProxyEndpointQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyEndpointQuotaExceededFault$, DBProxyEndpointQuotaExceededFault);
var DBProxyNotFoundFault$ = [
  -3,
  n0,
  _DBPNFF,
  { [_aQE]: [`DBProxyNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyNotFoundFault$, DBProxyNotFoundFault);
var DBProxyQuotaExceededFault$ = [
  -3,
  n0,
  _DBPQEF,
  { [_aQE]: [`DBProxyQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyQuotaExceededFault$, DBProxyQuotaExceededFault);
var DBProxyTargetAlreadyRegisteredFault$ = [
  -3,
  n0,
  _DBPTARF,
  { [_aQE]: [`DBProxyTargetAlreadyRegisteredFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyTargetAlreadyRegisteredFault$, DBProxyTargetAlreadyRegisteredFault);
var DBProxyTargetGroupNotFoundFault$ = [
  -3,
  n0,
  _DBPTGNFF,
  { [_aQE]: [`DBProxyTargetGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyTargetGroupNotFoundFault$, DBProxyTargetGroupNotFoundFault);
var DBProxyTargetNotFoundFault$ = [
  -3,
  n0,
  _DBPTNFF,
  { [_aQE]: [`DBProxyTargetNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBProxyTargetNotFoundFault$, DBProxyTargetNotFoundFault);
var DBSecurityGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _DBSGAEF,
  { [_aQE]: [`DBSecurityGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSecurityGroupAlreadyExistsFault$, DBSecurityGroupAlreadyExistsFault);
var DBSecurityGroupNotFoundFault$ = [
  -3,
  n0,
  _DBSGNFF,
  { [_aQE]: [`DBSecurityGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBSecurityGroupNotFoundFault$, DBSecurityGroupNotFoundFault);
var DBSecurityGroupNotSupportedFault$ = [
  -3,
  n0,
  _DBSGNSF,
  { [_aQE]: [`DBSecurityGroupNotSupported`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSecurityGroupNotSupportedFault$, DBSecurityGroupNotSupportedFault);
var DBSecurityGroupQuotaExceededFault$ = [
  -3,
  n0,
  _DBSGQEF,
  { [_aQE]: [`QuotaExceeded.DBSecurityGroup`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSecurityGroupQuotaExceededFault$, DBSecurityGroupQuotaExceededFault);
var DBShardGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _DBSGAEFh,
  { [_aQE]: [`DBShardGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBShardGroupAlreadyExistsFault$, DBShardGroupAlreadyExistsFault);
var DBShardGroupNotFoundFault$ = [
  -3,
  n0,
  _DBSGNFFh,
  { [_aQE]: [`DBShardGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBShardGroupNotFoundFault$, DBShardGroupNotFoundFault);
var DBSnapshotAlreadyExistsFault$ = [
  -3,
  n0,
  _DBSAEF,
  { [_aQE]: [`DBSnapshotAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSnapshotAlreadyExistsFault$, DBSnapshotAlreadyExistsFault);
var DBSnapshotNotFoundFault$ = [
  -3,
  n0,
  _DBSNFF,
  { [_aQE]: [`DBSnapshotNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBSnapshotNotFoundFault$, DBSnapshotNotFoundFault);
var DBSnapshotTenantDatabaseNotFoundFault$ = [
  -3,
  n0,
  _DBSTDNFF,
  { [_aQE]: [`DBSnapshotTenantDatabaseNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBSnapshotTenantDatabaseNotFoundFault$, DBSnapshotTenantDatabaseNotFoundFault);
var DBSubnetGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _DBSGAEFu,
  { [_aQE]: [`DBSubnetGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupAlreadyExistsFault$, DBSubnetGroupAlreadyExistsFault);
var DBSubnetGroupDoesNotCoverEnoughAZs$ = [
  -3,
  n0,
  _DBSGDNCEAZ,
  { [_aQE]: [`DBSubnetGroupDoesNotCoverEnoughAZs`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupDoesNotCoverEnoughAZs$, DBSubnetGroupDoesNotCoverEnoughAZs);
var DBSubnetGroupNotAllowedFault$ = [
  -3,
  n0,
  _DBSGNAF,
  { [_aQE]: [`DBSubnetGroupNotAllowedFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupNotAllowedFault$, DBSubnetGroupNotAllowedFault);
var DBSubnetGroupNotFoundFault$ = [
  -3,
  n0,
  _DBSGNFFu,
  { [_aQE]: [`DBSubnetGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupNotFoundFault$, DBSubnetGroupNotFoundFault);
var DBSubnetGroupQuotaExceededFault$ = [
  -3,
  n0,
  _DBSGQEFu,
  { [_aQE]: [`DBSubnetGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetGroupQuotaExceededFault$, DBSubnetGroupQuotaExceededFault);
var DBSubnetQuotaExceededFault$ = [
  -3,
  n0,
  _DBSQEF,
  { [_aQE]: [`DBSubnetQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBSubnetQuotaExceededFault$, DBSubnetQuotaExceededFault);
var DBUpgradeDependencyFailureFault$ = [
  -3,
  n0,
  _DBUDFF,
  { [_aQE]: [`DBUpgradeDependencyFailure`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DBUpgradeDependencyFailureFault$, DBUpgradeDependencyFailureFault);
var DomainNotFoundFault$ = [
  -3,
  n0,
  _DNFF,
  { [_aQE]: [`DomainNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DomainNotFoundFault$, DomainNotFoundFault);
var Ec2ImagePropertiesNotSupportedFault$ = [
  -3,
  n0,
  _EIPNSF,
  { [_aQE]: [`Ec2ImagePropertiesNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(Ec2ImagePropertiesNotSupportedFault$, Ec2ImagePropertiesNotSupportedFault);
var EventSubscriptionQuotaExceededFault$ = [
  -3,
  n0,
  _ESQEF,
  { [_aQE]: [`EventSubscriptionQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(EventSubscriptionQuotaExceededFault$, EventSubscriptionQuotaExceededFault);
var ExportTaskAlreadyExistsFault$ = [
  -3,
  n0,
  _ETAEF,
  { [_aQE]: [`ExportTaskAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ExportTaskAlreadyExistsFault$, ExportTaskAlreadyExistsFault);
var ExportTaskNotFoundFault$ = [
  -3,
  n0,
  _ETNFF,
  { [_aQE]: [`ExportTaskNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ExportTaskNotFoundFault$, ExportTaskNotFoundFault);
var GlobalClusterAlreadyExistsFault$ = [
  -3,
  n0,
  _GCAEF,
  { [_aQE]: [`GlobalClusterAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(GlobalClusterAlreadyExistsFault$, GlobalClusterAlreadyExistsFault);
var GlobalClusterNotFoundFault$ = [
  -3,
  n0,
  _GCNFF,
  { [_aQE]: [`GlobalClusterNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(GlobalClusterNotFoundFault$, GlobalClusterNotFoundFault);
var GlobalClusterQuotaExceededFault$ = [
  -3,
  n0,
  _GCQEF,
  { [_aQE]: [`GlobalClusterQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(GlobalClusterQuotaExceededFault$, GlobalClusterQuotaExceededFault);
var IamRoleMissingPermissionsFault$ = [
  -3,
  n0,
  _IRMPF,
  { [_aQE]: [`IamRoleMissingPermissions`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(IamRoleMissingPermissionsFault$, IamRoleMissingPermissionsFault);
var IamRoleNotFoundFault$ = [
  -3,
  n0,
  _IRNFF,
  { [_aQE]: [`IamRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(IamRoleNotFoundFault$, IamRoleNotFoundFault);
var InstanceQuotaExceededFault$ = [
  -3,
  n0,
  _IQEF,
  { [_aQE]: [`InstanceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InstanceQuotaExceededFault$, InstanceQuotaExceededFault);
var InsufficientAvailableIPsInSubnetFault$ = [
  -3,
  n0,
  _IAIPISF,
  { [_aQE]: [`InsufficientAvailableIPsInSubnetFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientAvailableIPsInSubnetFault$, InsufficientAvailableIPsInSubnetFault);
var InsufficientDBClusterCapacityFault$ = [
  -3,
  n0,
  _IDBCCF,
  { [_aQE]: [`InsufficientDBClusterCapacityFault`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientDBClusterCapacityFault$, InsufficientDBClusterCapacityFault);
var InsufficientDBInstanceCapacityFault$ = [
  -3,
  n0,
  _IDBICF,
  { [_aQE]: [`InsufficientDBInstanceCapacity`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientDBInstanceCapacityFault$, InsufficientDBInstanceCapacityFault);
var InsufficientStorageClusterCapacityFault$ = [
  -3,
  n0,
  _ISCCF,
  { [_aQE]: [`InsufficientStorageClusterCapacity`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientStorageClusterCapacityFault$, InsufficientStorageClusterCapacityFault);
var IntegrationAlreadyExistsFault$ = [
  -3,
  n0,
  _IAEF,
  { [_aQE]: [`IntegrationAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(IntegrationAlreadyExistsFault$, IntegrationAlreadyExistsFault);
var IntegrationConflictOperationFault$ = [
  -3,
  n0,
  _ICOF,
  { [_aQE]: [`IntegrationConflictOperationFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(IntegrationConflictOperationFault$, IntegrationConflictOperationFault);
var IntegrationNotFoundFault$ = [
  -3,
  n0,
  _INFF,
  { [_aQE]: [`IntegrationNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(IntegrationNotFoundFault$, IntegrationNotFoundFault);
var IntegrationQuotaExceededFault$ = [
  -3,
  n0,
  _IQEFn,
  { [_aQE]: [`IntegrationQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(IntegrationQuotaExceededFault$, IntegrationQuotaExceededFault);
var InvalidBlueGreenDeploymentStateFault$ = [
  -3,
  n0,
  _IBGDSF,
  { [_aQE]: [`InvalidBlueGreenDeploymentStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidBlueGreenDeploymentStateFault$, InvalidBlueGreenDeploymentStateFault);
var InvalidCustomDBEngineVersionStateFault$ = [
  -3,
  n0,
  _ICDBEVSF,
  { [_aQE]: [`InvalidCustomDBEngineVersionStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCustomDBEngineVersionStateFault$, InvalidCustomDBEngineVersionStateFault);
var InvalidDBClusterAutomatedBackupStateFault$ = [
  -3,
  n0,
  _IDBCABSF,
  { [_aQE]: [`InvalidDBClusterAutomatedBackupStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterAutomatedBackupStateFault$, InvalidDBClusterAutomatedBackupStateFault);
var InvalidDBClusterCapacityFault$ = [
  -3,
  n0,
  _IDBCCFn,
  { [_aQE]: [`InvalidDBClusterCapacityFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterCapacityFault$, InvalidDBClusterCapacityFault);
var InvalidDBClusterEndpointStateFault$ = [
  -3,
  n0,
  _IDBCESF,
  { [_aQE]: [`InvalidDBClusterEndpointStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterEndpointStateFault$, InvalidDBClusterEndpointStateFault);
var InvalidDBClusterSnapshotStateFault$ = [
  -3,
  n0,
  _IDBCSSF,
  { [_aQE]: [`InvalidDBClusterSnapshotStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterSnapshotStateFault$, InvalidDBClusterSnapshotStateFault);
var InvalidDBClusterStateFault$ = [
  -3,
  n0,
  _IDBCSF,
  { [_aQE]: [`InvalidDBClusterStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBClusterStateFault$, InvalidDBClusterStateFault);
var InvalidDBInstanceAutomatedBackupStateFault$ = [
  -3,
  n0,
  _IDBIABSF,
  { [_aQE]: [`InvalidDBInstanceAutomatedBackupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBInstanceAutomatedBackupStateFault$, InvalidDBInstanceAutomatedBackupStateFault);
var InvalidDBInstanceStateFault$ = [
  -3,
  n0,
  _IDBISF,
  { [_aQE]: [`InvalidDBInstanceState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBInstanceStateFault$, InvalidDBInstanceStateFault);
var InvalidDBParameterGroupStateFault$ = [
  -3,
  n0,
  _IDBPGSF,
  { [_aQE]: [`InvalidDBParameterGroupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBParameterGroupStateFault$, InvalidDBParameterGroupStateFault);
var InvalidDBProxyEndpointStateFault$ = [
  -3,
  n0,
  _IDBPESF,
  { [_aQE]: [`InvalidDBProxyEndpointStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBProxyEndpointStateFault$, InvalidDBProxyEndpointStateFault);
var InvalidDBProxyStateFault$ = [
  -3,
  n0,
  _IDBPSF,
  { [_aQE]: [`InvalidDBProxyStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBProxyStateFault$, InvalidDBProxyStateFault);
var InvalidDBSecurityGroupStateFault$ = [
  -3,
  n0,
  _IDBSGSF,
  { [_aQE]: [`InvalidDBSecurityGroupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSecurityGroupStateFault$, InvalidDBSecurityGroupStateFault);
var InvalidDBShardGroupStateFault$ = [
  -3,
  n0,
  _IDBSGSFn,
  { [_aQE]: [`InvalidDBShardGroupState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBShardGroupStateFault$, InvalidDBShardGroupStateFault);
var InvalidDBSnapshotStateFault$ = [
  -3,
  n0,
  _IDBSSF,
  { [_aQE]: [`InvalidDBSnapshotState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSnapshotStateFault$, InvalidDBSnapshotStateFault);
var InvalidDBSubnetGroupFault$ = [
  -3,
  n0,
  _IDBSGF,
  { [_aQE]: [`InvalidDBSubnetGroupFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSubnetGroupFault$, InvalidDBSubnetGroupFault);
var InvalidDBSubnetGroupStateFault$ = [
  -3,
  n0,
  _IDBSGSFnv,
  { [_aQE]: [`InvalidDBSubnetGroupStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSubnetGroupStateFault$, InvalidDBSubnetGroupStateFault);
var InvalidDBSubnetStateFault$ = [
  -3,
  n0,
  _IDBSSFn,
  { [_aQE]: [`InvalidDBSubnetStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDBSubnetStateFault$, InvalidDBSubnetStateFault);
var InvalidEventSubscriptionStateFault$ = [
  -3,
  n0,
  _IESSF,
  { [_aQE]: [`InvalidEventSubscriptionState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidEventSubscriptionStateFault$, InvalidEventSubscriptionStateFault);
var InvalidExportOnlyFault$ = [
  -3,
  n0,
  _IEOF,
  { [_aQE]: [`InvalidExportOnly`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExportOnlyFault$, InvalidExportOnlyFault);
var InvalidExportSourceStateFault$ = [
  -3,
  n0,
  _IESSFn,
  { [_aQE]: [`InvalidExportSourceState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExportSourceStateFault$, InvalidExportSourceStateFault);
var InvalidExportTaskStateFault$ = [
  -3,
  n0,
  _IETSF,
  { [_aQE]: [`InvalidExportTaskStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExportTaskStateFault$, InvalidExportTaskStateFault);
var InvalidGlobalClusterStateFault$ = [
  -3,
  n0,
  _IGCSF,
  { [_aQE]: [`InvalidGlobalClusterStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidGlobalClusterStateFault$, InvalidGlobalClusterStateFault);
var InvalidIntegrationStateFault$ = [
  -3,
  n0,
  _IISF,
  { [_aQE]: [`InvalidIntegrationStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidIntegrationStateFault$, InvalidIntegrationStateFault);
var InvalidOptionGroupStateFault$ = [
  -3,
  n0,
  _IOGSF,
  { [_aQE]: [`InvalidOptionGroupStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidOptionGroupStateFault$, InvalidOptionGroupStateFault);
var InvalidResourceStateFault$ = [
  -3,
  n0,
  _IRSF,
  { [_aQE]: [`InvalidResourceStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidResourceStateFault$, InvalidResourceStateFault);
var InvalidRestoreFault$ = [
  -3,
  n0,
  _IRF,
  { [_aQE]: [`InvalidRestoreFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidRestoreFault$, InvalidRestoreFault);
var InvalidS3BucketFault$ = [
  -3,
  n0,
  _ISBF,
  { [_aQE]: [`InvalidS3BucketFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidS3BucketFault$, InvalidS3BucketFault);
var InvalidSubnet$ = [
  -3,
  n0,
  _IS,
  { [_aQE]: [`InvalidSubnet`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
var InvalidVPCNetworkStateFault$ = [
  -3,
  n0,
  _IVPCNSF,
  { [_aQE]: [`InvalidVPCNetworkStateFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
var KMSKeyNotAccessibleFault$ = [
  -3,
  n0,
  _KMSKNAF,
  { [_aQE]: [`KMSKeyNotAccessibleFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSKeyNotAccessibleFault$, KMSKeyNotAccessibleFault);
var MaxDBShardGroupLimitReached$ = [
  -3,
  n0,
  _MDBSGLR,
  { [_aQE]: [`MaxDBShardGroupLimitReached`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MaxDBShardGroupLimitReached$, MaxDBShardGroupLimitReached);
var NetworkTypeNotSupported$ = [
  -3,
  n0,
  _NTNS,
  { [_aQE]: [`NetworkTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(NetworkTypeNotSupported$, NetworkTypeNotSupported);
var OptionGroupAlreadyExistsFault$ = [
  -3,
  n0,
  _OGAEF,
  { [_aQE]: [`OptionGroupAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(OptionGroupAlreadyExistsFault$, OptionGroupAlreadyExistsFault);
var OptionGroupNotFoundFault$ = [
  -3,
  n0,
  _OGNFF,
  { [_aQE]: [`OptionGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(OptionGroupNotFoundFault$, OptionGroupNotFoundFault);
var OptionGroupQuotaExceededFault$ = [
  -3,
  n0,
  _OGQEF,
  { [_aQE]: [`OptionGroupQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(OptionGroupQuotaExceededFault$, OptionGroupQuotaExceededFault);
var PointInTimeRestoreNotEnabledFault$ = [
  -3,
  n0,
  _PITRNEF,
  { [_aQE]: [`PointInTimeRestoreNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PointInTimeRestoreNotEnabledFault$, PointInTimeRestoreNotEnabledFault);
var ProvisionedIopsNotAvailableInAZFault$ = [
  -3,
  n0,
  _PINAIAZF,
  { [_aQE]: [`ProvisionedIopsNotAvailableInAZFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ProvisionedIopsNotAvailableInAZFault$, ProvisionedIopsNotAvailableInAZFault);
var ReservedDBInstanceAlreadyExistsFault$ = [
  -3,
  n0,
  _RDBIAEF,
  { [_aQE]: [`ReservedDBInstanceAlreadyExists`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedDBInstanceAlreadyExistsFault$, ReservedDBInstanceAlreadyExistsFault);
var ReservedDBInstanceNotFoundFault$ = [
  -3,
  n0,
  _RDBINFF,
  { [_aQE]: [`ReservedDBInstanceNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedDBInstanceNotFoundFault$, ReservedDBInstanceNotFoundFault);
var ReservedDBInstanceQuotaExceededFault$ = [
  -3,
  n0,
  _RDBIQEF,
  { [_aQE]: [`ReservedDBInstanceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedDBInstanceQuotaExceededFault$, ReservedDBInstanceQuotaExceededFault);
var ReservedDBInstancesOfferingNotFoundFault$ = [
  -3,
  n0,
  _RDBIONFF,
  { [_aQE]: [`ReservedDBInstancesOfferingNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ReservedDBInstancesOfferingNotFoundFault$, ReservedDBInstancesOfferingNotFoundFault);
var ResourceNotFoundFault$ = [
  -3,
  n0,
  _RNFF,
  { [_aQE]: [`ResourceNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundFault$, ResourceNotFoundFault);
var SharedSnapshotQuotaExceededFault$ = [
  -3,
  n0,
  _SSQEF,
  { [_aQE]: [`SharedSnapshotQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SharedSnapshotQuotaExceededFault$, SharedSnapshotQuotaExceededFault);
var SnapshotQuotaExceededFault$ = [
  -3,
  n0,
  _SQEF,
  { [_aQE]: [`SnapshotQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SnapshotQuotaExceededFault$, SnapshotQuotaExceededFault);
var SNSInvalidTopicFault$ = [
  -3,
  n0,
  _SNSITF,
  { [_aQE]: [`SNSInvalidTopic`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SNSInvalidTopicFault$, SNSInvalidTopicFault);
var SNSNoAuthorizationFault$ = [
  -3,
  n0,
  _SNSNAF,
  { [_aQE]: [`SNSNoAuthorization`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SNSNoAuthorizationFault$, SNSNoAuthorizationFault);
var SNSTopicArnNotFoundFault$ = [
  -3,
  n0,
  _SNSTANFF,
  { [_aQE]: [`SNSTopicArnNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(SNSTopicArnNotFoundFault$, SNSTopicArnNotFoundFault);
var SourceClusterNotSupportedFault$ = [
  -3,
  n0,
  _SCNSF,
  { [_aQE]: [`SourceClusterNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SourceClusterNotSupportedFault$, SourceClusterNotSupportedFault);
var SourceDatabaseNotSupportedFault$ = [
  -3,
  n0,
  _SDNSF,
  { [_aQE]: [`SourceDatabaseNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SourceDatabaseNotSupportedFault$, SourceDatabaseNotSupportedFault);
var SourceNotFoundFault$ = [
  -3,
  n0,
  _SNFF,
  { [_aQE]: [`SourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(SourceNotFoundFault$, SourceNotFoundFault);
var StorageQuotaExceededFault$ = [
  -3,
  n0,
  _SQEFt,
  { [_aQE]: [`StorageQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(StorageQuotaExceededFault$, StorageQuotaExceededFault);
var StorageTypeNotAvailableFault$ = [
  -3,
  n0,
  _STNAF,
  { [_aQE]: [`StorageTypeNotAvailableFault`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(StorageTypeNotAvailableFault$, StorageTypeNotAvailableFault);
var StorageTypeNotSupportedFault$ = [
  -3,
  n0,
  _STNSF,
  { [_aQE]: [`StorageTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(StorageTypeNotSupportedFault$, StorageTypeNotSupportedFault);
var SubnetAlreadyInUse$ = [
  -3,
  n0,
  _SAIU,
  { [_aQE]: [`SubnetAlreadyInUse`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SubnetAlreadyInUse$, SubnetAlreadyInUse);
var SubscriptionAlreadyExistFault$ = [
  -3,
  n0,
  _SAEF,
  { [_aQE]: [`SubscriptionAlreadyExist`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(SubscriptionAlreadyExistFault$, SubscriptionAlreadyExistFault);
var SubscriptionCategoryNotFoundFault$ = [
  -3,
  n0,
  _SCNFF,
  { [_aQE]: [`SubscriptionCategoryNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(SubscriptionCategoryNotFoundFault$, SubscriptionCategoryNotFoundFault);
var SubscriptionNotFoundFault$ = [
  -3,
  n0,
  _SNFFu,
  { [_aQE]: [`SubscriptionNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(SubscriptionNotFoundFault$, SubscriptionNotFoundFault);
var TenantDatabaseAlreadyExistsFault$ = [
  -3,
  n0,
  _TDAEF,
  { [_aQE]: [`TenantDatabaseAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TenantDatabaseAlreadyExistsFault$, TenantDatabaseAlreadyExistsFault);
var TenantDatabaseNotFoundFault$ = [
  -3,
  n0,
  _TDNFF,
  { [_aQE]: [`TenantDatabaseNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(TenantDatabaseNotFoundFault$, TenantDatabaseNotFoundFault);
var TenantDatabaseQuotaExceededFault$ = [
  -3,
  n0,
  _TDQEF,
  { [_aQE]: [`TenantDatabaseQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TenantDatabaseQuotaExceededFault$, TenantDatabaseQuotaExceededFault);
var UnsupportedDBEngineVersionFault$ = [
  -3,
  n0,
  _UDBEVF,
  { [_aQE]: [`UnsupportedDBEngineVersion`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedDBEngineVersionFault$, UnsupportedDBEngineVersionFault);
var VpcEncryptionControlViolationException$ = [
  -3,
  n0,
  _VECVE,
  { [_aQE]: [`VpcEncryptionControlViolationException`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(VpcEncryptionControlViolationException$, VpcEncryptionControlViolationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var OperatorSensitiveString = [0, n0, _OSS, 8, 0];
var PotentiallySensitiveOptionSettingValue = [0, n0, _PSOSV, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var AccountAttributesMessage$ = [
  3,
  n0,
  _AAM,
  0,
  [_AQ],
  [[() => AccountQuotaList, 0]]
];
var AccountQuota$ = [
  3,
  n0,
  _AQc,
  0,
  [_AQN, _U, _M],
  [0, 1, 1]
];
var AdditionalStorageVolume$ = [
  3,
  n0,
  _ASV,
  0,
  [_VN, _AS, _IOPS, _MAS, _ST, _STt],
  [0, 1, 1, 1, 1, 0],
  1
];
var AdditionalStorageVolumeOutput$ = [
  3,
  n0,
  _ASVO,
  0,
  [_VN, _SVS, _SOS, _SOPP, _AS, _IOPS, _MAS, _ST, _STt],
  [0, 0, 0, 1, 1, 1, 1, 1, 0]
];
var AddRoleToDBClusterMessage$ = [
  3,
  n0,
  _ARTDBCM,
  0,
  [_DBCI, _RA, _FN],
  [0, 0, 0],
  2
];
var AddRoleToDBInstanceMessage$ = [
  3,
  n0,
  _ARTDBIM,
  0,
  [_DBII, _RA, _FN],
  [0, 0, 0],
  3
];
var AddSourceIdentifierToSubscriptionMessage$ = [
  3,
  n0,
  _ASITSM,
  0,
  [_SN, _SI],
  [0, 0],
  2
];
var AddSourceIdentifierToSubscriptionResult$ = [
  3,
  n0,
  _ASITSR,
  0,
  [_ES],
  [[() => EventSubscription$, 0]]
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
var ApplyPendingMaintenanceActionMessage$ = [
  3,
  n0,
  _APMAM,
  0,
  [_RI, _AA, _OIT],
  [0, 0, 0],
  3
];
var ApplyPendingMaintenanceActionResult$ = [
  3,
  n0,
  _APMAR,
  0,
  [_RPMA],
  [[() => ResourcePendingMaintenanceActions$, 0]]
];
var AuthorizeDBSecurityGroupIngressMessage$ = [
  3,
  n0,
  _ADBSGIM,
  0,
  [_DBSGN, _CIDRIP, _ECSGN, _ECSGI, _ECSGOI],
  [0, 0, 0, 0, 0],
  1
];
var AuthorizeDBSecurityGroupIngressResult$ = [
  3,
  n0,
  _ADBSGIR,
  0,
  [_DBSG],
  [[() => DBSecurityGroup$, 0]]
];
var AvailabilityZone$ = [
  3,
  n0,
  _AZ,
  0,
  [_N],
  [0]
];
var AvailableAdditionalStorageVolumesOption$ = [
  3,
  n0,
  _AASVO,
  0,
  [_SSA, _SST, _SIu, _STt, _MSS, _MSSa, _MI, _MIa, _MIPG, _MIPGa, _MST, _MSTa],
  [2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1]
];
var AvailableProcessorFeature$ = [
  3,
  n0,
  _APF,
  0,
  [_N, _DV, _AV],
  [0, 0, 0]
];
var BacktrackDBClusterMessage$ = [
  3,
  n0,
  _BDBCM,
  0,
  [_DBCI, _BT, _F, _UETOPITU],
  [0, 4, 2, 2],
  2
];
var BlueGreenDeployment$ = [
  3,
  n0,
  _BGD,
  0,
  [_BGDI, _BGDN, _S, _Ta, _SD, _Tas, _St, _SDt, _CT, _DT, _TL],
  [0, 0, 0, 0, () => SwitchoverDetailList, () => BlueGreenDeploymentTaskList, 0, 0, 4, 4, [() => TagList, 0]]
];
var BlueGreenDeploymentTask$ = [
  3,
  n0,
  _BGDT,
  0,
  [_N, _St],
  [0, 0]
];
var CancelExportTaskMessage$ = [
  3,
  n0,
  _CETM,
  0,
  [_ETI],
  [0],
  1
];
var Certificate$ = [
  3,
  n0,
  _C,
  0,
  [_CI, _CTe, _Th, _VF, _VT, _CA, _CO, _COVT],
  [0, 0, 0, 4, 4, 0, 2, 4]
];
var CertificateDetails$ = [
  3,
  n0,
  _CD,
  0,
  [_CAI, _VT],
  [0, 4]
];
var CertificateMessage$ = [
  3,
  n0,
  _CM,
  0,
  [_DCFNL, _Ce, _Ma],
  [0, [() => CertificateList, 0], 0]
];
var CharacterSet$ = [
  3,
  n0,
  _CS,
  0,
  [_CSN, _CSD],
  [0, 0]
];
var CloudwatchLogsExportConfiguration$ = [
  3,
  n0,
  _CLEC,
  0,
  [_ELT, _DLT],
  [64 | 0, 64 | 0]
];
var ClusterPendingModifiedValues$ = [
  3,
  n0,
  _CPMV,
  0,
  [_PCLE, _DBCI, _MUP, _IAMDAE, _EV, _BRP, _STt, _AS, _RCCC, _I, _CD],
  [() => PendingCloudwatchLogsExports$, 0, [() => SensitiveString, 0], 2, 0, 1, 0, 1, () => RdsCustomClusterConfiguration$, 1, () => CertificateDetails$]
];
var ConnectionPoolConfiguration$ = [
  3,
  n0,
  _CPC,
  0,
  [_MCP, _MICP, _CBT, _SPF, _IQ],
  [1, 1, 1, 64 | 0, [() => OperatorSensitiveString, 0]]
];
var ConnectionPoolConfigurationInfo$ = [
  3,
  n0,
  _CPCI,
  0,
  [_MCP, _MICP, _CBT, _SPF, _IQ],
  [1, 1, 1, 64 | 0, [() => OperatorSensitiveString, 0]]
];
var ContextAttribute$ = [
  3,
  n0,
  _CAo,
  0,
  [_K, _V],
  [0, 0]
];
var CopyDBClusterParameterGroupMessage$ = [
  3,
  n0,
  _CDBCPGM,
  0,
  [_SDBCPGI, _TDBCPGI, _TDBCPGD, _T],
  [0, 0, 0, [() => TagList, 0]],
  3
];
var CopyDBClusterParameterGroupResult$ = [
  3,
  n0,
  _CDBCPGR,
  0,
  [_DBCPG],
  [() => DBClusterParameterGroup$]
];
var CopyDBClusterSnapshotMessage$ = [
  3,
  n0,
  _CDBCSM,
  0,
  [_SDBCSI, _TDBCSI, _KKI, _PSU, _CTo, _T],
  [0, 0, 0, [() => SensitiveString, 0], 2, [() => TagList, 0]],
  2
];
var CopyDBClusterSnapshotResult$ = [
  3,
  n0,
  _CDBCSR,
  0,
  [_DBCS],
  [[() => DBClusterSnapshot$, 0]]
];
var CopyDBParameterGroupMessage$ = [
  3,
  n0,
  _CDBPGM,
  0,
  [_SDBPGI, _TDBPGI, _TDBPGD, _T],
  [0, 0, 0, [() => TagList, 0]],
  3
];
var CopyDBParameterGroupResult$ = [
  3,
  n0,
  _CDBPGR,
  0,
  [_DBPG],
  [() => DBParameterGroup$]
];
var CopyDBSnapshotMessage$ = [
  3,
  n0,
  _CDBSM,
  0,
  [_SDBSI, _TDBSI, _KKI, _T, _CTo, _PSU, _OGN, _TCAZ, _STn, _COG, _SAZ],
  [0, 0, 0, [() => TagList, 0], 2, [() => SensitiveString, 0], 0, 0, 0, 2, 0],
  2
];
var CopyDBSnapshotResult$ = [
  3,
  n0,
  _CDBSR,
  0,
  [_DBS],
  [[() => DBSnapshot$, 0]]
];
var CopyOptionGroupMessage$ = [
  3,
  n0,
  _COGM,
  0,
  [_SOGI, _TOGI, _TOGD, _T],
  [0, 0, 0, [() => TagList, 0]],
  3
];
var CopyOptionGroupResult$ = [
  3,
  n0,
  _COGR,
  0,
  [_OG],
  [[() => OptionGroup$, 0]]
];
var CreateBlueGreenDeploymentRequest$ = [
  3,
  n0,
  _CBGDR,
  0,
  [_BGDN, _S, _TEV, _TDBPGN, _TDBCPGN, _T, _TDBIC, _UTSC, _TI, _TST, _TAS, _TSTa],
  [0, 0, 0, 0, 0, [() => TagList, 0], 0, 2, 1, 0, 1, 1],
  2
];
var CreateBlueGreenDeploymentResponse$ = [
  3,
  n0,
  _CBGDRr,
  0,
  [_BGD],
  [[() => BlueGreenDeployment$, 0]]
];
var CreateCustomDBEngineVersionMessage$ = [
  3,
  n0,
  _CCDBEVM,
  0,
  [_E, _EV, _DIFSBN, _DIFSP, _DIF, _II, _KMSKI, _SCDEVI, _UAPLI, _D, _Man, _T],
  [0, 0, 0, 0, 64 | 0, 0, 0, 0, 2, 0, 0, [() => TagList, 0]],
  2
];
var CreateDBClusterEndpointMessage$ = [
  3,
  n0,
  _CDBCEM,
  0,
  [_DBCI, _DBCEI, _ET, _SM, _EM, _T],
  [0, 0, 0, 64 | 0, 64 | 0, [() => TagList, 0]],
  3
];
var CreateDBClusterMessage$ = [
  3,
  n0,
  _CDBCM,
  0,
  [_DBCI, _E, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MU, _MUP, _OGN, _PBW, _PMW, _RSI, _T, _SE, _KKI, _PSU, _EIAMDA, _BW, _ECLE, _EMn, _SC, _RCCC, _DBCIC, _AS, _STt, _I, _PA, _AMVU, _DP, _GCI, _EHE, _CTTS, _Do, _DIAMRN, _EGWF, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _ELD, _CST, _DBSI, _MMUP, _ELWF, _MUSKKI, _CACI, _ELS, _TS, _MUAT, _WEC, _AR],
  [0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, 0, [() => SensitiveString, 0], 0, 0, 0, 0, [() => TagList, 0], 2, 0, [() => SensitiveString, 0], 2, 1, 64 | 0, 0, () => ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 0, 1, 0, 1, 2, 2, 2, 0, 2, 2, 0, 0, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 0, 0, 2, 2, 0, 0, 0, [() => TagSpecificationList, 0], 0, 2, [() => DBClusterAssociatedRoles, 0]],
  2
];
var CreateDBClusterParameterGroupMessage$ = [
  3,
  n0,
  _CDBCPGMr,
  0,
  [_DBCPGN, _DBPGF, _D, _T],
  [0, 0, 0, [() => TagList, 0]],
  3
];
var CreateDBClusterParameterGroupResult$ = [
  3,
  n0,
  _CDBCPGRr,
  0,
  [_DBCPG],
  [() => DBClusterParameterGroup$]
];
var CreateDBClusterResult$ = [
  3,
  n0,
  _CDBCR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var CreateDBClusterSnapshotMessage$ = [
  3,
  n0,
  _CDBCSMr,
  0,
  [_DBCSI, _DBCI, _T],
  [0, 0, [() => TagList, 0]],
  2
];
var CreateDBClusterSnapshotResult$ = [
  3,
  n0,
  _CDBCSRr,
  0,
  [_DBCS],
  [[() => DBClusterSnapshot$, 0]]
];
var CreateDBInstanceMessage$ = [
  3,
  n0,
  _CDBIM,
  0,
  [_DBII, _DBIC, _E, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _CSN, _NCSN, _PA, _T, _DBCI, _STt, _TCA, _TCP, _SE, _KKI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _MIo, _MRA, _DIAMRN, _PT, _Ti, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _DP, _MAS, _ECOI, _NT, _BTa, _CIIP, _DBSI, _CACI, _MMUP, _MUSKKI, _MT, _DLV, _ELS, _ASVd, _TS, _MUAT],
  [0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 0, 0, 2, [() => TagList, 0], 0, 0, 0, [() => SensitiveString, 0], 2, 0, 0, 0, 0, 0, 64 | 0, 2, 1, 0, 0, 1, 0, 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 1, 2, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0],
  3
];
var CreateDBInstanceReadReplicaMessage$ = [
  3,
  n0,
  _CDBIRRM,
  0,
  [_DBII, _SDBII, _DBIC, _AZ, _P, _MAZ, _AMVU, _I, _ST, _OGN, _DBPGN, _PA, _T, _DBSGNu, _VSGI, _STt, _CTTS, _MIo, _MRA, _KKI, _PSU, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _RM, _ECOI, _NT, _MAS, _BTa, _CIIP, _AS, _SDBCI, _DLV, _USC, _CACI, _ASVd, _TS],
  [0, 0, 0, 0, 1, 2, 2, 1, 1, 0, 0, 2, [() => TagList, 0], 0, [() => VpcSecurityGroupIdList, 0], 0, 2, 1, 0, 0, [() => SensitiveString, 0], 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 2, 0, 0, 0, 0, 0, 64 | 0, 0, 2, 0, 1, 0, 0, 1, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0]],
  1
];
var CreateDBInstanceReadReplicaResult$ = [
  3,
  n0,
  _CDBIRRR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var CreateDBInstanceResult$ = [
  3,
  n0,
  _CDBIR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var CreateDBParameterGroupMessage$ = [
  3,
  n0,
  _CDBPGMr,
  0,
  [_DBPGN, _DBPGF, _D, _T],
  [0, 0, 0, [() => TagList, 0]],
  3
];
var CreateDBParameterGroupResult$ = [
  3,
  n0,
  _CDBPGRr,
  0,
  [_DBPG],
  [() => DBParameterGroup$]
];
var CreateDBProxyEndpointRequest$ = [
  3,
  n0,
  _CDBPER,
  0,
  [_DBPN, _DBPEN, _VSI, _VSGI, _TR, _T, _ENT],
  [0, 0, 64 | 0, 64 | 0, 0, [() => TagList, 0], 0],
  3
];
var CreateDBProxyEndpointResponse$ = [
  3,
  n0,
  _CDBPERr,
  0,
  [_DBPE],
  [() => DBProxyEndpoint$]
];
var CreateDBProxyRequest$ = [
  3,
  n0,
  _CDBPR,
  0,
  [_DBPN, _EF, _RA, _VSI, _DAS, _A, _VSGI, _RTLS, _ICT, _DL, _T, _ENT, _TCNT],
  [0, 0, 0, 64 | 0, 0, () => UserAuthConfigList, 64 | 0, 2, 1, 2, [() => TagList, 0], 0, 0],
  4
];
var CreateDBProxyResponse$ = [
  3,
  n0,
  _CDBPRr,
  0,
  [_DBP],
  [() => DBProxy$]
];
var CreateDBSecurityGroupMessage$ = [
  3,
  n0,
  _CDBSGM,
  0,
  [_DBSGN, _DBSGD, _T],
  [0, 0, [() => TagList, 0]],
  2
];
var CreateDBSecurityGroupResult$ = [
  3,
  n0,
  _CDBSGR,
  0,
  [_DBSG],
  [[() => DBSecurityGroup$, 0]]
];
var CreateDBShardGroupMessage$ = [
  3,
  n0,
  _CDBSGMr,
  0,
  [_DBSGI, _DBCI, _MACU, _CR, _MACUi, _PA, _T],
  [0, 0, 1, 1, 1, 2, [() => TagList, 0]],
  3
];
var CreateDBSnapshotMessage$ = [
  3,
  n0,
  _CDBSMr,
  0,
  [_DBSIn, _DBII, _T],
  [0, 0, [() => TagList, 0]],
  2
];
var CreateDBSnapshotResult$ = [
  3,
  n0,
  _CDBSRr,
  0,
  [_DBS],
  [[() => DBSnapshot$, 0]]
];
var CreateDBSubnetGroupMessage$ = [
  3,
  n0,
  _CDBSGMre,
  0,
  [_DBSGNu, _DBSGDu, _SIub, _T],
  [0, 0, [() => SubnetIdentifierList, 0], [() => TagList, 0]],
  3
];
var CreateDBSubnetGroupResult$ = [
  3,
  n0,
  _CDBSGRr,
  0,
  [_DBSGu],
  [[() => DBSubnetGroup$, 0]]
];
var CreateEventSubscriptionMessage$ = [
  3,
  n0,
  _CESM,
  0,
  [_SN, _STA, _STo, _EC, _SIo, _En, _T],
  [0, 0, 0, [() => EventCategoriesList, 0], [() => SourceIdsList, 0], 2, [() => TagList, 0]],
  2
];
var CreateEventSubscriptionResult$ = [
  3,
  n0,
  _CESR,
  0,
  [_ES],
  [[() => EventSubscription$, 0]]
];
var CreateGlobalClusterMessage$ = [
  3,
  n0,
  _CGCM,
  0,
  [_GCI, _SDBCI, _E, _EV, _ELS, _DP, _DN, _SE, _T],
  [0, 0, 0, 0, 0, 2, 0, 2, [() => TagList, 0]],
  1
];
var CreateGlobalClusterResult$ = [
  3,
  n0,
  _CGCR,
  0,
  [_GC],
  [[() => GlobalCluster$, 0]]
];
var CreateIntegrationMessage$ = [
  3,
  n0,
  _CIM,
  0,
  [_SA, _TA, _IN, _KMSKI, _AEC, _T, _DFa, _D],
  [0, 0, 0, 0, 128 | 0, [() => TagList, 0], 0, 0],
  3
];
var CreateOptionGroupMessage$ = [
  3,
  n0,
  _COGMr,
  0,
  [_OGN, _EN, _MEV, _OGD, _T],
  [0, 0, 0, 0, [() => TagList, 0]],
  4
];
var CreateOptionGroupResult$ = [
  3,
  n0,
  _COGRr,
  0,
  [_OG],
  [[() => OptionGroup$, 0]]
];
var CreateTenantDatabaseMessage$ = [
  3,
  n0,
  _CTDM,
  0,
  [_DBII, _TDBN, _MU, _MUP, _CSN, _NCSN, _MMUP, _MUSKKI, _T],
  [0, 0, 0, [() => SensitiveString, 0], 0, 0, 2, 0, [() => TagList, 0]],
  3
];
var CreateTenantDatabaseResult$ = [
  3,
  n0,
  _CTDR,
  0,
  [_TD],
  [[() => TenantDatabase$, 0]]
];
var CustomDBEngineVersionAMI$ = [
  3,
  n0,
  _CDBEVAMI,
  0,
  [_II, _St],
  [0, 0]
];
var DBCluster$ = [
  3,
  n0,
  _DBC,
  0,
  [_AS, _AZv, _BRP, _CSN, _DN, _DBCI, _DBCPG, _DBSGu, _St, _PP, _ERT, _End, _RE, _CE, _MAZ, _E, _EV, _LRT, _P, _MU, _DBCOGM, _PBW, _PMW, _URO, _RSI, _RRI, _SIt, _DBCM, _VSG, _HZI, _SE, _SET, _KKI, _DCRI, _DBCA, _AR, _IAMDAE, _CGI, _CCT, _EBT, _BW, _BCCR, _ECLEn, _Ca, _PMV, _EMn, _SCI, _RCCC, _DBCIC, _STt, _I, _ST, _IOONAMT, _PA, _AMVU, _DP, _HEE, _ASM, _ASS, _ASKKI, _ASKSN, _CTTS, _CAC, _DM, _TL, _GCI, _GWFS, _GWFR, _NT, _ART, _SVSC, _SVPV, _MIo, _MRA, _DIM, _PIE, _PIKMSKI, _PIRP, _DBSI, _MUS, _LWFS, _ABRPA, _LD, _CST, _CD, _ELS, _VPCNE, _IAGE],
  [1, [() => AvailabilityZones, 0], 1, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 64 | 0, 2, 0, 0, 4, 1, 0, [() => DBClusterOptionGroupMemberships, 0], 0, 0, 0, 0, [() => ReadReplicaIdentifierList, 0], [() => DBClusterStatusInfoList, 0], [() => DBClusterMemberList, 0], [() => VpcSecurityGroupMembershipList, 0], 0, 2, 0, 0, 0, 0, [() => DBClusterRoles, 0], 2, 0, 4, 4, 1, 1, 64 | 0, 1, [() => ClusterPendingModifiedValues$, 0], 0, () => ScalingConfigurationInfo$, () => RdsCustomClusterConfiguration$, 0, 0, 1, 1, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, [() => DomainMembershipList, 0], [() => TagList, 0], 0, 0, 2, 0, 4, () => ServerlessV2ScalingConfigurationInfo$, 0, 1, 0, 0, 2, 0, 1, 0, () => MasterUserSecret$, 0, 0, () => LimitlessDatabase$, 0, () => CertificateDetails$, 0, 2, 2]
];
var DBClusterAssociatedRole$ = [
  3,
  n0,
  _DBCAR,
  0,
  [_RA, _FN],
  [0, 0],
  1
];
var DBClusterAutomatedBackup$ = [
  3,
  n0,
  _DBCAB,
  0,
  [_E, _VI, _DBCABA, _DBCI, _RW, _MU, _DCRI, _R, _LM, _St, _IAMDAE, _CCT, _SE, _SET, _AS, _EV, _DBCA, _BRP, _PBW, _EMn, _AZv, _P, _KKI, _STt, _I, _ST, _ABRPA, _TL],
  [0, 0, 0, 0, () => RestoreWindow$, 0, 0, 0, 0, 0, 2, 4, 2, 0, 1, 0, 0, 1, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 1, 1, 0, [() => TagList, 0]]
];
var DBClusterAutomatedBackupMessage$ = [
  3,
  n0,
  _DBCABM,
  0,
  [_Ma, _DBCABl],
  [0, [() => DBClusterAutomatedBackupList, 0]]
];
var DBClusterBacktrack$ = [
  3,
  n0,
  _DBCB,
  0,
  [_DBCI, _BI, _BT, _BF, _BRCT, _St],
  [0, 0, 4, 4, 4, 0]
];
var DBClusterBacktrackMessage$ = [
  3,
  n0,
  _DBCBM,
  0,
  [_Ma, _DBCBl],
  [0, [() => DBClusterBacktrackList, 0]]
];
var DBClusterCapacityInfo$ = [
  3,
  n0,
  _DBCCI,
  0,
  [_DBCI, _PC, _CC, _SBT, _TAi],
  [0, 1, 1, 1, 0]
];
var DBClusterEndpoint$ = [
  3,
  n0,
  _DBCE,
  0,
  [_DBCEI, _DBCI, _DBCERI, _End, _St, _ET, _CET, _SM, _EM, _DBCEA],
  [0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0]
];
var DBClusterEndpointMessage$ = [
  3,
  n0,
  _DBCEM,
  0,
  [_Ma, _DBCEl],
  [0, [() => DBClusterEndpointList, 0]]
];
var DBClusterMember$ = [
  3,
  n0,
  _DBCMl,
  0,
  [_DBII, _ICW, _DBCPGS, _PT],
  [0, 2, 0, 1]
];
var DBClusterMessage$ = [
  3,
  n0,
  _DBCMlu,
  0,
  [_Ma, _DBCl],
  [0, [() => DBClusterList, 0]]
];
var DBClusterOptionGroupStatus$ = [
  3,
  n0,
  _DBCOGS,
  0,
  [_DBCOGN, _St],
  [0, 0]
];
var DBClusterParameterGroup$ = [
  3,
  n0,
  _DBCPG,
  0,
  [_DBCPGN, _DBPGF, _D, _DBCPGA],
  [0, 0, 0, 0]
];
var DBClusterParameterGroupDetails$ = [
  3,
  n0,
  _DBCPGD,
  0,
  [_Pa, _Ma],
  [[() => ParametersList, 0], 0]
];
var DBClusterParameterGroupNameMessage$ = [
  3,
  n0,
  _DBCPGNM,
  0,
  [_DBCPGN],
  [0]
];
var DBClusterParameterGroupsMessage$ = [
  3,
  n0,
  _DBCPGM,
  0,
  [_Ma, _DBCPGl],
  [0, [() => DBClusterParameterGroupList, 0]]
];
var DBClusterRole$ = [
  3,
  n0,
  _DBCR,
  0,
  [_RA, _St, _FN],
  [0, 0, 0]
];
var DBClusterSnapshot$ = [
  3,
  n0,
  _DBCS,
  0,
  [_AZv, _DBCSI, _DBCI, _SCT, _E, _EMn, _AS, _St, _P, _VI, _CCT, _MU, _EV, _LM, _STna, _PP, _SE, _SET, _BRP, _PBW, _KKI, _DBCSA, _SDBCSA, _IAMDAE, _TL, _STt, _ST, _DCRI, _DBSI],
  [[() => AvailabilityZones, 0], 0, 0, 4, 0, 0, 1, 0, 1, 0, 4, 0, 0, 0, 0, 1, 2, 0, 1, 0, 0, 0, 0, 2, [() => TagList, 0], 0, 1, 0, 0]
];
var DBClusterSnapshotAttribute$ = [
  3,
  n0,
  _DBCSAl,
  0,
  [_AN, _AVt],
  [0, [() => AttributeValueList, 0]]
];
var DBClusterSnapshotAttributesResult$ = [
  3,
  n0,
  _DBCSAR,
  0,
  [_DBCSI, _DBCSAlu],
  [0, [() => DBClusterSnapshotAttributeList, 0]]
];
var DBClusterSnapshotMessage$ = [
  3,
  n0,
  _DBCSM,
  0,
  [_Ma, _DBCSl],
  [0, [() => DBClusterSnapshotList, 0]]
];
var DBClusterStatusInfo$ = [
  3,
  n0,
  _DBCSIl,
  0,
  [_STta, _No, _St, _Me],
  [0, 2, 0, 0]
];
var DBEngineVersion$ = [
  3,
  n0,
  _DBEV,
  0,
  [_E, _MEV, _EV, _DIFSBN, _DIFSP, _DIF, _CDBEVM, _DBPGF, _DBED, _DBEVA, _DBEVD, _DCS, _FR, _Im, _DBEMT, _KMSKI, _CT, _SCS, _SNCS, _VUT, _STu, _ELTx, _SLETCL, _SRR, _SEM, _SFN, _St, _SPQ, _SGD, _TL, _SB, _SLD, _SCRWR, _SCACI, _SLWF, _SIup, _SVFS],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 0, 0, () => CharacterSet$, 0, () => CustomDBEngineVersionAMI$, 0, 0, 4, [() => SupportedCharacterSetsList, 0], [() => SupportedCharacterSetsList, 0], [() => ValidUpgradeTargetList, 0], [() => SupportedTimezonesList, 0], 64 | 0, 2, 2, 64 | 0, 64 | 0, 0, 2, 2, [() => TagList, 0], 2, 2, 2, 64 | 0, 2, 2, () => ServerlessV2FeaturesSupport$]
];
var DBEngineVersionMessage$ = [
  3,
  n0,
  _DBEVM,
  0,
  [_Ma, _DBEVn],
  [0, [() => DBEngineVersionList, 0]]
];
var DBInstance$ = [
  3,
  n0,
  _DBI,
  0,
  [_DBII, _DBIC, _E, _DBIS, _MU, _DBN, _End, _AS, _ICTn, _PBW, _BRP, _DBSGe, _VSG, _DBPGa, _AZ, _DBSGu, _PMW, _URO, _PMV, _LRT, _MAZ, _EV, _AMVU, _RRSDBII, _RRDBII, _RRDBCI, _RM, _LM, _I, _ST, _OGM, _CSN, _NCSN, _SAZe, _PA, _SIt, _STt, _SET, _TCA, _DIP, _DBCI, _SE, _KKI, _DRI, _CACI, _DM, _CTTS, _MIo, _EMRA, _MRA, _PT, _DBIA, _Ti, _IAMDAE, _DIM, _PIE, _PIKMSKI, _PIRP, _ECLEn, _PF, _DP, _AR, _LE, _MAS, _TL, _AM, _RFAMT, _COIE, _NT, _ASS, _ASKKI, _ASKSN, _ASM, _ASENAFI, _ABRPA, _DBIABR, _BTa, _ART, _CIIP, _ASPS, _CD, _DBSI, _MUS, _RRSDBCI, _PP, _MT, _DLV, _ISCUA, _ELS, _ASVd, _SVS, _SOS, _SOPP],
  [0, 0, 0, 0, 0, 0, () => Endpoint$, 1, 4, 0, 1, [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0], [() => DBParameterGroupStatusList, 0], 0, [() => DBSubnetGroup$, 0], 0, 0, [() => PendingModifiedValues$, 0], 4, 2, 0, 2, 0, [() => ReadReplicaDBInstanceIdentifierList, 0], [() => ReadReplicaDBClusterIdentifierList, 0], 0, 0, 1, 1, [() => OptionGroupMembershipList, 0], 0, 0, 0, 2, [() => DBInstanceStatusInfoList, 0], 0, 0, 0, 1, 0, 2, 0, 0, 0, [() => DomainMembershipList, 0], 2, 1, 0, 0, 1, 0, 0, 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, [() => DBInstanceRoles, 0], () => Endpoint$, 1, [() => TagList, 0], 0, 4, 2, 0, 0, 0, 0, 0, 2, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 4, 0, 0, () => CertificateDetails$, 0, () => MasterUserSecret$, 0, 0, 2, 2, 2, 0, () => AdditionalStorageVolumesOutputList, 0, 0, 1]
];
var DBInstanceAutomatedBackup$ = [
  3,
  n0,
  _DBIAB,
  0,
  [_DBIA, _DRI, _R, _DBII, _RW, _AS, _St, _P, _AZ, _VI, _ICTn, _MU, _E, _EV, _LM, _I, _ST, _OGN, _TCA, _Enc, _SET, _STt, _KKI, _Ti, _IAMDAE, _BRP, _PBW, _DBIABA, _DBIABR, _BTa, _MT, _ABRPA, _TL, _DLV, _ASVd],
  [0, 0, 0, 0, () => RestoreWindow$, 1, 0, 1, 0, 0, 4, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, 0, 0, 2, 1, 0, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 2, 0, [() => TagList, 0], 2, () => AdditionalStorageVolumesList]
];
var DBInstanceAutomatedBackupMessage$ = [
  3,
  n0,
  _DBIABM,
  0,
  [_Ma, _DBIABn],
  [0, [() => DBInstanceAutomatedBackupList, 0]]
];
var DBInstanceAutomatedBackupsReplication$ = [
  3,
  n0,
  _DBIABRn,
  0,
  [_DBIABA],
  [0]
];
var DBInstanceMessage$ = [
  3,
  n0,
  _DBIM,
  0,
  [_Ma, _DBIn],
  [0, [() => DBInstanceList, 0]]
];
var DBInstanceRole$ = [
  3,
  n0,
  _DBIR,
  0,
  [_RA, _FN, _St],
  [0, 0, 0]
];
var DBInstanceStatusInfo$ = [
  3,
  n0,
  _DBISI,
  0,
  [_STta, _No, _St, _Me],
  [0, 2, 0, 0]
];
var DBMajorEngineVersion$ = [
  3,
  n0,
  _DBMEV,
  0,
  [_E, _MEV, _SEL],
  [0, 0, [() => SupportedEngineLifecycleList, 0]]
];
var DBParameterGroup$ = [
  3,
  n0,
  _DBPG,
  0,
  [_DBPGN, _DBPGF, _D, _DBPGA],
  [0, 0, 0, 0]
];
var DBParameterGroupDetails$ = [
  3,
  n0,
  _DBPGD,
  0,
  [_Pa, _Ma],
  [[() => ParametersList, 0], 0]
];
var DBParameterGroupNameMessage$ = [
  3,
  n0,
  _DBPGNM,
  0,
  [_DBPGN],
  [0]
];
var DBParameterGroupsMessage$ = [
  3,
  n0,
  _DBPGM,
  0,
  [_Ma, _DBPGa],
  [0, [() => DBParameterGroupList, 0]]
];
var DBParameterGroupStatus$ = [
  3,
  n0,
  _DBPGS,
  0,
  [_DBPGN, _PAS],
  [0, 0]
];
var DBProxy$ = [
  3,
  n0,
  _DBP,
  0,
  [_DBPN, _DBPA, _St, _EF, _VI, _VSGI, _VSI, _DAS, _A, _RA, _End, _RTLS, _ICT, _DL, _CDr, _UD, _ENT, _TCNT],
  [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, () => UserAuthConfigInfoList, 0, 0, 2, 1, 2, 4, 4, 0, 0]
];
var DBProxyEndpoint$ = [
  3,
  n0,
  _DBPE,
  0,
  [_DBPEN, _DBPEA, _DBPN, _St, _VI, _VSGI, _VSI, _End, _CDr, _TR, _ID, _ENT],
  [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, 4, 0, 2, 0]
];
var DBProxyTarget$ = [
  3,
  n0,
  _DBPT,
  0,
  [_TA, _End, _TCI, _RRId, _P, _Ty, _Ro, _TH],
  [0, 0, 0, 0, 1, 0, 0, () => TargetHealth$]
];
var DBProxyTargetGroup$ = [
  3,
  n0,
  _DBPTG,
  0,
  [_DBPN, _TGN, _TGA, _ID, _St, _CPCo, _CDr, _UD],
  [0, 0, 0, 2, 0, [() => ConnectionPoolConfigurationInfo$, 0], 4, 4]
];
var DBRecommendation$ = [
  3,
  n0,
  _DBR,
  0,
  [_RIe, _TIy, _Se, _RAe, _St, _CTr, _UT, _De, _Re, _D, _Rea, _RAec, _Cat, _S, _TDy, _TRy, _Imp, _AI, _L, _IDs],
  [0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, () => RecommendedActionList, 0, 0, 0, 0, 0, 0, () => DocLinkList, () => IssueDetails$]
];
var DBRecommendationMessage$ = [
  3,
  n0,
  _DBRM,
  0,
  [_DBR],
  [() => DBRecommendation$]
];
var DBRecommendationsMessage$ = [
  3,
  n0,
  _DBRMe,
  0,
  [_DBRe, _Ma],
  [() => DBRecommendationList, 0]
];
var DBSecurityGroup$ = [
  3,
  n0,
  _DBSG,
  0,
  [_OI, _DBSGN, _DBSGD, _VI, _ECSG, _IPR, _DBSGA],
  [0, 0, 0, 0, [() => EC2SecurityGroupList, 0], [() => IPRangeList, 0], 0]
];
var DBSecurityGroupMembership$ = [
  3,
  n0,
  _DBSGM,
  0,
  [_DBSGN, _St],
  [0, 0]
];
var DBSecurityGroupMessage$ = [
  3,
  n0,
  _DBSGMe,
  0,
  [_Ma, _DBSGe],
  [0, [() => DBSecurityGroups, 0]]
];
var DBShardGroup$ = [
  3,
  n0,
  _DBSGh,
  0,
  [_DBSGRI, _DBSGI, _DBCI, _MACU, _MACUi, _CR, _St, _PA, _End, _DBSGAh, _TL],
  [0, 0, 0, 1, 1, 1, 0, 2, 0, 0, [() => TagList, 0]]
];
var DBSnapshot$ = [
  3,
  n0,
  _DBS,
  0,
  [_DBSIn, _DBII, _SCT, _E, _AS, _St, _P, _AZ, _VI, _ICTn, _MU, _EV, _LM, _STna, _I, _ST, _OGN, _PP, _SR, _SDBSI, _STt, _TCA, _Enc, _SET, _BRP, _PBW, _KKI, _DBSA, _Ti, _IAMDAE, _PF, _DRI, _TL, _STn, _OSCT, _SDT, _DBSI, _MT, _DLV, _ASVd, _SAZ, _FSSIB],
  [0, 0, 4, 0, 1, 0, 1, 0, 0, 4, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 2, [() => ProcessorFeatureList, 0], 0, [() => TagList, 0], 0, 4, 4, 0, 2, 2, () => AdditionalStorageVolumesList, 0, 1]
];
var DBSnapshotAttribute$ = [
  3,
  n0,
  _DBSAn,
  0,
  [_AN, _AVt],
  [0, [() => AttributeValueList, 0]]
];
var DBSnapshotAttributesResult$ = [
  3,
  n0,
  _DBSAR,
  0,
  [_DBSIn, _DBSAna],
  [0, [() => DBSnapshotAttributeList, 0]]
];
var DBSnapshotMessage$ = [
  3,
  n0,
  _DBSM,
  0,
  [_Ma, _DBSn],
  [0, [() => DBSnapshotList, 0]]
];
var DBSnapshotTenantDatabase$ = [
  3,
  n0,
  _DBSTD,
  0,
  [_DBSIn, _DBII, _DRI, _EN, _STna, _TDCT, _TDBN, _MU, _TDRI, _CSN, _DBSTDARN, _NCSN, _TL],
  [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, [() => TagList, 0]]
];
var DBSnapshotTenantDatabasesMessage$ = [
  3,
  n0,
  _DBSTDM,
  0,
  [_Ma, _DBSTDn],
  [0, [() => DBSnapshotTenantDatabasesList, 0]]
];
var DBSubnetGroup$ = [
  3,
  n0,
  _DBSGu,
  0,
  [_DBSGNu, _DBSGDu, _VI, _SGS, _Su, _DBSGAu, _SNT],
  [0, 0, 0, 0, [() => SubnetList, 0], 0, 64 | 0]
];
var DBSubnetGroupMessage$ = [
  3,
  n0,
  _DBSGMu,
  0,
  [_Ma, _DBSGub],
  [0, [() => DBSubnetGroups, 0]]
];
var DeleteBlueGreenDeploymentRequest$ = [
  3,
  n0,
  _DBGDR,
  0,
  [_BGDI, _DTe],
  [0, 2],
  1
];
var DeleteBlueGreenDeploymentResponse$ = [
  3,
  n0,
  _DBGDRe,
  0,
  [_BGD],
  [[() => BlueGreenDeployment$, 0]]
];
var DeleteCustomDBEngineVersionMessage$ = [
  3,
  n0,
  _DCDBEVM,
  0,
  [_E, _EV],
  [0, 0],
  2
];
var DeleteDBClusterAutomatedBackupMessage$ = [
  3,
  n0,
  _DDBCABM,
  0,
  [_DCRI],
  [0],
  1
];
var DeleteDBClusterAutomatedBackupResult$ = [
  3,
  n0,
  _DDBCABR,
  0,
  [_DBCAB],
  [[() => DBClusterAutomatedBackup$, 0]]
];
var DeleteDBClusterEndpointMessage$ = [
  3,
  n0,
  _DDBCEM,
  0,
  [_DBCEI],
  [0],
  1
];
var DeleteDBClusterMessage$ = [
  3,
  n0,
  _DDBCM,
  0,
  [_DBCI, _SFS, _FDBSI, _DAB],
  [0, 2, 0, 2],
  1
];
var DeleteDBClusterParameterGroupMessage$ = [
  3,
  n0,
  _DDBCPGM,
  0,
  [_DBCPGN],
  [0],
  1
];
var DeleteDBClusterResult$ = [
  3,
  n0,
  _DDBCR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var DeleteDBClusterSnapshotMessage$ = [
  3,
  n0,
  _DDBCSM,
  0,
  [_DBCSI],
  [0],
  1
];
var DeleteDBClusterSnapshotResult$ = [
  3,
  n0,
  _DDBCSR,
  0,
  [_DBCS],
  [[() => DBClusterSnapshot$, 0]]
];
var DeleteDBInstanceAutomatedBackupMessage$ = [
  3,
  n0,
  _DDBIABM,
  0,
  [_DRI, _DBIABA],
  [0, 0]
];
var DeleteDBInstanceAutomatedBackupResult$ = [
  3,
  n0,
  _DDBIABR,
  0,
  [_DBIAB],
  [[() => DBInstanceAutomatedBackup$, 0]]
];
var DeleteDBInstanceMessage$ = [
  3,
  n0,
  _DDBIM,
  0,
  [_DBII, _SFS, _FDBSI, _DAB],
  [0, 2, 0, 2],
  1
];
var DeleteDBInstanceResult$ = [
  3,
  n0,
  _DDBIR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var DeleteDBParameterGroupMessage$ = [
  3,
  n0,
  _DDBPGM,
  0,
  [_DBPGN],
  [0],
  1
];
var DeleteDBProxyEndpointRequest$ = [
  3,
  n0,
  _DDBPER,
  0,
  [_DBPEN],
  [0],
  1
];
var DeleteDBProxyEndpointResponse$ = [
  3,
  n0,
  _DDBPERe,
  0,
  [_DBPE],
  [() => DBProxyEndpoint$]
];
var DeleteDBProxyRequest$ = [
  3,
  n0,
  _DDBPR,
  0,
  [_DBPN],
  [0],
  1
];
var DeleteDBProxyResponse$ = [
  3,
  n0,
  _DDBPRe,
  0,
  [_DBP],
  [() => DBProxy$]
];
var DeleteDBSecurityGroupMessage$ = [
  3,
  n0,
  _DDBSGM,
  0,
  [_DBSGN],
  [0],
  1
];
var DeleteDBShardGroupMessage$ = [
  3,
  n0,
  _DDBSGMe,
  0,
  [_DBSGI],
  [0],
  1
];
var DeleteDBSnapshotMessage$ = [
  3,
  n0,
  _DDBSM,
  0,
  [_DBSIn],
  [0],
  1
];
var DeleteDBSnapshotResult$ = [
  3,
  n0,
  _DDBSR,
  0,
  [_DBS],
  [[() => DBSnapshot$, 0]]
];
var DeleteDBSubnetGroupMessage$ = [
  3,
  n0,
  _DDBSGMel,
  0,
  [_DBSGNu],
  [0],
  1
];
var DeleteEventSubscriptionMessage$ = [
  3,
  n0,
  _DESM,
  0,
  [_SN],
  [0],
  1
];
var DeleteEventSubscriptionResult$ = [
  3,
  n0,
  _DESR,
  0,
  [_ES],
  [[() => EventSubscription$, 0]]
];
var DeleteGlobalClusterMessage$ = [
  3,
  n0,
  _DGCM,
  0,
  [_GCI],
  [0],
  1
];
var DeleteGlobalClusterResult$ = [
  3,
  n0,
  _DGCR,
  0,
  [_GC],
  [[() => GlobalCluster$, 0]]
];
var DeleteIntegrationMessage$ = [
  3,
  n0,
  _DIMe,
  0,
  [_IIn],
  [0],
  1
];
var DeleteOptionGroupMessage$ = [
  3,
  n0,
  _DOGM,
  0,
  [_OGN],
  [0],
  1
];
var DeleteTenantDatabaseMessage$ = [
  3,
  n0,
  _DTDM,
  0,
  [_DBII, _TDBN, _SFS, _FDBSI],
  [0, 0, 2, 0],
  2
];
var DeleteTenantDatabaseResult$ = [
  3,
  n0,
  _DTDR,
  0,
  [_TD],
  [[() => TenantDatabase$, 0]]
];
var DeregisterDBProxyTargetsRequest$ = [
  3,
  n0,
  _DDBPTR,
  0,
  [_DBPN, _TGN, _DBIIn, _DBCIl],
  [0, 0, 64 | 0, 64 | 0],
  1
];
var DeregisterDBProxyTargetsResponse$ = [
  3,
  n0,
  _DDBPTRe,
  0,
  [],
  []
];
var DescribeAccountAttributesMessage$ = [
  3,
  n0,
  _DAAM,
  0,
  [],
  []
];
var DescribeBlueGreenDeploymentsRequest$ = [
  3,
  n0,
  _DBGDRes,
  0,
  [_BGDI, _Fi, _Ma, _MR],
  [0, [() => FilterList, 0], 0, 1]
];
var DescribeBlueGreenDeploymentsResponse$ = [
  3,
  n0,
  _DBGDResc,
  0,
  [_BGDl, _Ma],
  [[() => BlueGreenDeploymentList, 0], 0]
];
var DescribeCertificatesMessage$ = [
  3,
  n0,
  _DCM,
  0,
  [_CI, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBClusterAutomatedBackupsMessage$ = [
  3,
  n0,
  _DDBCABMe,
  0,
  [_DCRI, _DBCI, _Fi, _MR, _Ma],
  [0, 0, [() => FilterList, 0], 1, 0]
];
var DescribeDBClusterBacktracksMessage$ = [
  3,
  n0,
  _DDBCBM,
  0,
  [_DBCI, _BI, _Fi, _MR, _Ma],
  [0, 0, [() => FilterList, 0], 1, 0],
  1
];
var DescribeDBClusterEndpointsMessage$ = [
  3,
  n0,
  _DDBCEMe,
  0,
  [_DBCI, _DBCEI, _Fi, _MR, _Ma],
  [0, 0, [() => FilterList, 0], 1, 0]
];
var DescribeDBClusterParameterGroupsMessage$ = [
  3,
  n0,
  _DDBCPGMe,
  0,
  [_DBCPGN, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBClusterParametersMessage$ = [
  3,
  n0,
  _DDBCPM,
  0,
  [_DBCPGN, _S, _Fi, _MR, _Ma],
  [0, 0, [() => FilterList, 0], 1, 0],
  1
];
var DescribeDBClustersMessage$ = [
  3,
  n0,
  _DDBCMe,
  0,
  [_DBCI, _Fi, _MR, _Ma, _ISn],
  [0, [() => FilterList, 0], 1, 0, 2]
];
var DescribeDBClusterSnapshotAttributesMessage$ = [
  3,
  n0,
  _DDBCSAM,
  0,
  [_DBCSI],
  [0],
  1
];
var DescribeDBClusterSnapshotAttributesResult$ = [
  3,
  n0,
  _DDBCSAR,
  0,
  [_DBCSAR],
  [[() => DBClusterSnapshotAttributesResult$, 0]]
];
var DescribeDBClusterSnapshotsMessage$ = [
  3,
  n0,
  _DDBCSMe,
  0,
  [_DBCI, _DBCSI, _STna, _Fi, _MR, _Ma, _ISn, _IP, _DCRI],
  [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 0]
];
var DescribeDBEngineVersionsMessage$ = [
  3,
  n0,
  _DDBEVM,
  0,
  [_E, _EV, _DBPGF, _Fi, _MR, _Ma, _DOe, _LSCS, _LST, _IA],
  [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 2, 2]
];
var DescribeDBInstanceAutomatedBackupsMessage$ = [
  3,
  n0,
  _DDBIABMe,
  0,
  [_DRI, _DBII, _Fi, _MR, _Ma, _DBIABA],
  [0, 0, [() => FilterList, 0], 1, 0, 0]
];
var DescribeDBInstancesMessage$ = [
  3,
  n0,
  _DDBIMe,
  0,
  [_DBII, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBLogFilesDetails$ = [
  3,
  n0,
  _DDBLFD,
  0,
  [_LFN, _LW, _Si],
  [0, 1, 1]
];
var DescribeDBLogFilesMessage$ = [
  3,
  n0,
  _DDBLFM,
  0,
  [_DBII, _FC, _FLW, _FS, _Fi, _MR, _Ma],
  [0, 0, 1, 1, [() => FilterList, 0], 1, 0],
  1
];
var DescribeDBLogFilesResponse$ = [
  3,
  n0,
  _DDBLFR,
  0,
  [_DDBLF, _Ma],
  [[() => DescribeDBLogFilesList, 0], 0]
];
var DescribeDBMajorEngineVersionsRequest$ = [
  3,
  n0,
  _DDBMEVR,
  0,
  [_E, _MEV, _Ma, _MR],
  [0, 0, 0, 1]
];
var DescribeDBMajorEngineVersionsResponse$ = [
  3,
  n0,
  _DDBMEVRe,
  0,
  [_DBMEVa, _Ma],
  [[() => DBMajorEngineVersionsList, 0], 0]
];
var DescribeDBParameterGroupsMessage$ = [
  3,
  n0,
  _DDBPGMe,
  0,
  [_DBPGN, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBParametersMessage$ = [
  3,
  n0,
  _DDBPM,
  0,
  [_DBPGN, _S, _Fi, _MR, _Ma],
  [0, 0, [() => FilterList, 0], 1, 0],
  1
];
var DescribeDBProxiesRequest$ = [
  3,
  n0,
  _DDBPRes,
  0,
  [_DBPN, _Fi, _Ma, _MR],
  [0, [() => FilterList, 0], 0, 1]
];
var DescribeDBProxiesResponse$ = [
  3,
  n0,
  _DDBPResc,
  0,
  [_DBPr, _Ma],
  [() => DBProxyList, 0]
];
var DescribeDBProxyEndpointsRequest$ = [
  3,
  n0,
  _DDBPERes,
  0,
  [_DBPN, _DBPEN, _Fi, _Ma, _MR],
  [0, 0, [() => FilterList, 0], 0, 1]
];
var DescribeDBProxyEndpointsResponse$ = [
  3,
  n0,
  _DDBPEResc,
  0,
  [_DBPEr, _Ma],
  [() => DBProxyEndpointList, 0]
];
var DescribeDBProxyTargetGroupsRequest$ = [
  3,
  n0,
  _DDBPTGR,
  0,
  [_DBPN, _TGN, _Fi, _Ma, _MR],
  [0, 0, [() => FilterList, 0], 0, 1],
  1
];
var DescribeDBProxyTargetGroupsResponse$ = [
  3,
  n0,
  _DDBPTGRe,
  0,
  [_TG, _Ma],
  [[() => TargetGroupList, 0], 0]
];
var DescribeDBProxyTargetsRequest$ = [
  3,
  n0,
  _DDBPTRes,
  0,
  [_DBPN, _TGN, _Fi, _Ma, _MR],
  [0, 0, [() => FilterList, 0], 0, 1],
  1
];
var DescribeDBProxyTargetsResponse$ = [
  3,
  n0,
  _DDBPTResc,
  0,
  [_Tar, _Ma],
  [() => TargetList, 0]
];
var DescribeDBRecommendationsMessage$ = [
  3,
  n0,
  _DDBRM,
  0,
  [_LUA, _LUB, _Lo, _Fi, _MR, _Ma],
  [4, 4, 0, [() => FilterList, 0], 1, 0]
];
var DescribeDBSecurityGroupsMessage$ = [
  3,
  n0,
  _DDBSGMes,
  0,
  [_DBSGN, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBShardGroupsMessage$ = [
  3,
  n0,
  _DDBSGMesc,
  0,
  [_DBSGI, _Fi, _Ma, _MR],
  [0, [() => FilterList, 0], 0, 1]
];
var DescribeDBShardGroupsResponse$ = [
  3,
  n0,
  _DDBSGR,
  0,
  [_DBSGha, _Ma],
  [[() => DBShardGroupsList, 0], 0]
];
var DescribeDBSnapshotAttributesMessage$ = [
  3,
  n0,
  _DDBSAM,
  0,
  [_DBSIn],
  [0],
  1
];
var DescribeDBSnapshotAttributesResult$ = [
  3,
  n0,
  _DDBSAR,
  0,
  [_DBSAR],
  [[() => DBSnapshotAttributesResult$, 0]]
];
var DescribeDBSnapshotsMessage$ = [
  3,
  n0,
  _DDBSMe,
  0,
  [_DBII, _DBSIn, _STna, _Fi, _MR, _Ma, _ISn, _IP, _DRI],
  [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 0]
];
var DescribeDBSnapshotTenantDatabasesMessage$ = [
  3,
  n0,
  _DDBSTDM,
  0,
  [_DBII, _DBSIn, _STna, _Fi, _MR, _Ma, _DRI],
  [0, 0, 0, [() => FilterList, 0], 1, 0, 0]
];
var DescribeDBSubnetGroupsMessage$ = [
  3,
  n0,
  _DDBSGMescr,
  0,
  [_DBSGNu, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeEngineDefaultClusterParametersMessage$ = [
  3,
  n0,
  _DEDCPM,
  0,
  [_DBPGF, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0],
  1
];
var DescribeEngineDefaultClusterParametersResult$ = [
  3,
  n0,
  _DEDCPR,
  0,
  [_ED],
  [[() => EngineDefaults$, 0]]
];
var DescribeEngineDefaultParametersMessage$ = [
  3,
  n0,
  _DEDPM,
  0,
  [_DBPGF, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0],
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
var DescribeEventCategoriesMessage$ = [
  3,
  n0,
  _DECM,
  0,
  [_STo, _Fi],
  [0, [() => FilterList, 0]]
];
var DescribeEventsMessage$ = [
  3,
  n0,
  _DEM,
  0,
  [_SI, _STo, _STtar, _ETn, _Du, _EC, _Fi, _MR, _Ma],
  [0, 0, 4, 4, 1, [() => EventCategoriesList, 0], [() => FilterList, 0], 1, 0]
];
var DescribeEventSubscriptionsMessage$ = [
  3,
  n0,
  _DESMe,
  0,
  [_SN, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeExportTasksMessage$ = [
  3,
  n0,
  _DETM,
  0,
  [_ETI, _SA, _Fi, _Ma, _MR, _STo],
  [0, 0, [() => FilterList, 0], 0, 1, 0]
];
var DescribeGlobalClustersMessage$ = [
  3,
  n0,
  _DGCMe,
  0,
  [_GCI, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeIntegrationsMessage$ = [
  3,
  n0,
  _DIMes,
  0,
  [_IIn, _Fi, _MR, _Ma],
  [0, [() => FilterList, 0], 1, 0]
];
var DescribeIntegrationsResponse$ = [
  3,
  n0,
  _DIR,
  0,
  [_Ma, _In],
  [0, [() => IntegrationList, 0]]
];
var DescribeOptionGroupOptionsMessage$ = [
  3,
  n0,
  _DOGOM,
  0,
  [_EN, _MEV, _Fi, _MR, _Ma],
  [0, 0, [() => FilterList, 0], 1, 0],
  1
];
var DescribeOptionGroupsMessage$ = [
  3,
  n0,
  _DOGMe,
  0,
  [_OGN, _Fi, _Ma, _MR, _EN, _MEV],
  [0, [() => FilterList, 0], 0, 1, 0, 0]
];
var DescribeOrderableDBInstanceOptionsMessage$ = [
  3,
  n0,
  _DODBIOM,
  0,
  [_E, _EV, _DBIC, _LM, _AZG, _Vp, _Fi, _MR, _Ma],
  [0, 0, 0, 0, 0, 2, [() => FilterList, 0], 1, 0],
  1
];
var DescribePendingMaintenanceActionsMessage$ = [
  3,
  n0,
  _DPMAM,
  0,
  [_RI, _Fi, _Ma, _MR],
  [0, [() => FilterList, 0], 0, 1]
];
var DescribeReservedDBInstancesMessage$ = [
  3,
  n0,
  _DRDBIM,
  0,
  [_RDBII, _RDBIOI, _DBIC, _Du, _PD, _OT, _MAZ, _LI, _Fi, _MR, _Ma],
  [0, 0, 0, 0, 0, 0, 2, 0, [() => FilterList, 0], 1, 0]
];
var DescribeReservedDBInstancesOfferingsMessage$ = [
  3,
  n0,
  _DRDBIOM,
  0,
  [_RDBIOI, _DBIC, _Du, _PD, _OT, _MAZ, _Fi, _MR, _Ma],
  [0, 0, 0, 0, 0, 2, [() => FilterList, 0], 1, 0]
];
var DescribeServerlessV2PlatformVersionsMessage$ = [
  3,
  n0,
  _DSVPVM,
  0,
  [_SVPV, _E, _Fi, _DOe, _IA, _MR, _Ma],
  [0, 0, [() => FilterList, 0], 2, 2, 1, 0]
];
var DescribeSourceRegionsMessage$ = [
  3,
  n0,
  _DSRM,
  0,
  [_RNe, _MR, _Ma, _Fi],
  [0, 1, 0, [() => FilterList, 0]]
];
var DescribeTenantDatabasesMessage$ = [
  3,
  n0,
  _DTDMe,
  0,
  [_DBII, _TDBN, _Fi, _Ma, _MR],
  [0, 0, [() => FilterList, 0], 0, 1]
];
var DescribeValidDBInstanceModificationsMessage$ = [
  3,
  n0,
  _DVDBIMM,
  0,
  [_DBII],
  [0],
  1
];
var DescribeValidDBInstanceModificationsResult$ = [
  3,
  n0,
  _DVDBIMR,
  0,
  [_VDBIMM],
  [[() => ValidDBInstanceModificationsMessage$, 0]]
];
var DisableHttpEndpointRequest$ = [
  3,
  n0,
  _DHER,
  0,
  [_RAe],
  [0],
  1
];
var DisableHttpEndpointResponse$ = [
  3,
  n0,
  _DHERi,
  0,
  [_RAe, _HEE],
  [0, 2]
];
var DocLink$ = [
  3,
  n0,
  _DLo,
  0,
  [_Te, _Ur],
  [0, 0]
];
var DomainMembership$ = [
  3,
  n0,
  _DMo,
  0,
  [_Do, _St, _FQDN, _IAMRN, _OU, _ASA, _DI],
  [0, 0, 0, 0, 0, 0, 64 | 0]
];
var DoubleRange$ = [
  3,
  n0,
  _DR,
  0,
  [_Fr, _To],
  [1, 1]
];
var DownloadDBLogFilePortionDetails$ = [
  3,
  n0,
  _DDBLFPD,
  0,
  [_LFD, _Ma, _ADP],
  [[() => SensitiveString, 0], 0, 2]
];
var DownloadDBLogFilePortionMessage$ = [
  3,
  n0,
  _DDBLFPM,
  0,
  [_DBII, _LFN, _Ma, _NOL],
  [0, 0, 0, 1],
  2
];
var EC2SecurityGroup$ = [
  3,
  n0,
  _ECSGe,
  0,
  [_St, _ECSGN, _ECSGI, _ECSGOI],
  [0, 0, 0, 0]
];
var EnableHttpEndpointRequest$ = [
  3,
  n0,
  _EHER,
  0,
  [_RAe],
  [0],
  1
];
var EnableHttpEndpointResponse$ = [
  3,
  n0,
  _EHERn,
  0,
  [_RAe, _HEE],
  [0, 2]
];
var Endpoint$ = [
  3,
  n0,
  _End,
  0,
  [_Ad, _P, _HZI],
  [0, 1, 0]
];
var EngineDefaults$ = [
  3,
  n0,
  _ED,
  0,
  [_DBPGF, _Ma, _Pa],
  [0, 0, [() => ParametersList, 0]]
];
var Event$ = [
  3,
  n0,
  _Ev,
  0,
  [_SI, _STo, _Me, _EC, _Da, _SA],
  [0, 0, 0, [() => EventCategoriesList, 0], 4, 0]
];
var EventCategoriesMap$ = [
  3,
  n0,
  _ECM,
  0,
  [_STo, _EC],
  [0, [() => EventCategoriesList, 0]]
];
var EventCategoriesMessage$ = [
  3,
  n0,
  _ECMv,
  0,
  [_ECML],
  [[() => EventCategoriesMapList, 0]]
];
var EventsMessage$ = [
  3,
  n0,
  _EMv,
  0,
  [_Ma, _Eve],
  [0, [() => EventList, 0]]
];
var EventSubscription$ = [
  3,
  n0,
  _ES,
  0,
  [_CAIu, _CSI, _STA, _St, _SCTu, _STo, _SIL, _ECL, _En, _ESA],
  [0, 0, 0, 0, 0, 0, [() => SourceIdsList, 0], [() => EventCategoriesList, 0], 2, 0]
];
var EventSubscriptionsMessage$ = [
  3,
  n0,
  _ESM,
  0,
  [_Ma, _ESL],
  [0, [() => EventSubscriptionsList, 0]]
];
var ExportTask$ = [
  3,
  n0,
  _ETx,
  0,
  [_ETI, _SA, _EO, _STnap, _TSTas, _TET, _SBu, _SP, _IRA, _KKI, _St, _PP, _TEDIGB, _FCa, _WM, _STo],
  [0, 0, 64 | 0, 4, 4, 4, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0]
];
var ExportTasksMessage$ = [
  3,
  n0,
  _ETM,
  0,
  [_Ma, _ETxp],
  [0, [() => ExportTasksList, 0]]
];
var FailoverDBClusterMessage$ = [
  3,
  n0,
  _FDBCM,
  0,
  [_DBCI, _TDBII],
  [0, 0],
  1
];
var FailoverDBClusterResult$ = [
  3,
  n0,
  _FDBCR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var FailoverGlobalClusterMessage$ = [
  3,
  n0,
  _FGCM,
  0,
  [_GCI, _TDCI, _ADL, _Sw],
  [0, 0, 2, 2],
  2
];
var FailoverGlobalClusterResult$ = [
  3,
  n0,
  _FGCR,
  0,
  [_GC],
  [[() => GlobalCluster$, 0]]
];
var FailoverState$ = [
  3,
  n0,
  _FSa,
  0,
  [_St, _FDCA, _TDCA, _IDLA],
  [0, 0, 0, 2]
];
var Filter$ = [
  3,
  n0,
  _Fil,
  0,
  [_N, _Va],
  [0, [() => FilterValueList, 0]],
  2
];
var GlobalCluster$ = [
  3,
  n0,
  _GC,
  0,
  [_GCI, _GCRI, _GCA, _St, _E, _EV, _ELS, _DN, _SE, _SET, _DP, _GCM, _End, _FSa, _TL],
  [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, [() => GlobalClusterMemberList, 0], 0, () => FailoverState$, [() => TagList, 0]]
];
var GlobalClusterMember$ = [
  3,
  n0,
  _GCMl,
  0,
  [_DBCA, _Read, _IW, _GWFS, _SSy],
  [0, 64 | 0, 2, 0, 0]
];
var GlobalClustersMessage$ = [
  3,
  n0,
  _GCMlo,
  0,
  [_Ma, _GCl],
  [0, [() => GlobalClusterList, 0]]
];
var Integration$ = [
  3,
  n0,
  _Int,
  0,
  [_SA, _TA, _IN, _IAn, _KMSKI, _AEC, _St, _T, _DFa, _D, _CT, _Er],
  [0, 0, 0, 0, 0, 128 | 0, 0, [() => TagList, 0], 0, 0, 4, [() => IntegrationErrorList, 0]]
];
var IntegrationError$ = [
  3,
  n0,
  _IE,
  0,
  [_ECr, _EMr],
  [0, 0],
  1
];
var IPRange$ = [
  3,
  n0,
  _IPRa,
  0,
  [_St, _CIDRIP],
  [0, 0]
];
var IssueDetails$ = [
  3,
  n0,
  _IDs,
  0,
  [_PID],
  [() => PerformanceIssueDetails$]
];
var LimitlessDatabase$ = [
  3,
  n0,
  _LD,
  0,
  [_St, _MRACU],
  [0, 1]
];
var ListTagsForResourceMessage$ = [
  3,
  n0,
  _LTFRM,
  0,
  [_RN, _Fi],
  [0, [() => FilterList, 0]],
  1
];
var MasterUserSecret$ = [
  3,
  n0,
  _MUS,
  0,
  [_SAe, _SSe, _KKI],
  [0, 0, 0]
];
var Metric$ = [
  3,
  n0,
  _Met,
  0,
  [_N, _Ref, _SDta, _MQ],
  [0, () => MetricReferenceList, 0, () => MetricQuery$]
];
var MetricQuery$ = [
  3,
  n0,
  _MQ,
  0,
  [_PIMQ],
  [() => PerformanceInsightsMetricQuery$]
];
var MetricReference$ = [
  3,
  n0,
  _MRe,
  0,
  [_N, _RD],
  [0, () => ReferenceDetails$]
];
var MinimumEngineVersionPerAllowedValue$ = [
  3,
  n0,
  _MEVPAV,
  0,
  [_AVl, _MEVi],
  [0, 0]
];
var ModifyActivityStreamRequest$ = [
  3,
  n0,
  _MASR,
  0,
  [_RAe, _APS],
  [0, 0]
];
var ModifyActivityStreamResponse$ = [
  3,
  n0,
  _MASRo,
  0,
  [_KKI, _KSN, _St, _Mo, _ENAFI, _PS],
  [0, 0, 0, 0, 2, 0]
];
var ModifyAdditionalStorageVolume$ = [
  3,
  n0,
  _MASV,
  0,
  [_VN, _AS, _IOPS, _MAS, _ST, _STt, _SFD],
  [0, 1, 1, 1, 1, 0, 2],
  1
];
var ModifyCertificatesMessage$ = [
  3,
  n0,
  _MCM,
  0,
  [_CI, _RCO],
  [0, 2]
];
var ModifyCertificatesResult$ = [
  3,
  n0,
  _MCR,
  0,
  [_C],
  [() => Certificate$]
];
var ModifyCurrentDBClusterCapacityMessage$ = [
  3,
  n0,
  _MCDBCCM,
  0,
  [_DBCI, _Ca, _SBT, _TAi],
  [0, 1, 1, 0],
  1
];
var ModifyCustomDBEngineVersionMessage$ = [
  3,
  n0,
  _MCDBEVM,
  0,
  [_E, _EV, _D, _St],
  [0, 0, 0, 0],
  2
];
var ModifyDBClusterEndpointMessage$ = [
  3,
  n0,
  _MDBCEM,
  0,
  [_DBCEI, _ET, _SM, _EM],
  [0, 0, 64 | 0, 64 | 0],
  1
];
var ModifyDBClusterMessage$ = [
  3,
  n0,
  _MDBCM,
  0,
  [_DBCI, _NDBCI, _AIp, _BRP, _DBCPGN, _VSGI, _P, _MUP, _OGN, _PBW, _PMW, _EIAMDA, _BW, _CLEC, _EV, _AMVUl, _DBIPGN, _Do, _DIAMRN, _SC, _DP, _EHE, _CTTS, _EGWF, _DBCIC, _AS, _STt, _I, _AMVU, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _MMUP, _RMUP, _ELWF, _MUSKKI, _EMn, _AEMC, _ABRPA, _ELD, _CACI, _MUAT, _ELS],
  [0, 0, 2, 1, 0, [() => VpcSecurityGroupIdList, 0], 1, [() => SensitiveString, 0], 0, 0, 0, 2, 1, () => CloudwatchLogsExportConfiguration$, 0, 2, 0, 0, 0, () => ScalingConfiguration$, 2, 2, 2, 2, 0, 1, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 2, 2, 0, 0, 2, 0, 2, 0, 0, 0],
  1
];
var ModifyDBClusterParameterGroupMessage$ = [
  3,
  n0,
  _MDBCPGM,
  0,
  [_DBCPGN, _Pa],
  [0, [() => ParametersList, 0]],
  2
];
var ModifyDBClusterResult$ = [
  3,
  n0,
  _MDBCR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var ModifyDBClusterSnapshotAttributeMessage$ = [
  3,
  n0,
  _MDBCSAM,
  0,
  [_DBCSI, _AN, _VTA, _VTR],
  [0, 0, [() => AttributeValueList, 0], [() => AttributeValueList, 0]],
  2
];
var ModifyDBClusterSnapshotAttributeResult$ = [
  3,
  n0,
  _MDBCSAR,
  0,
  [_DBCSAR],
  [[() => DBClusterSnapshotAttributesResult$, 0]]
];
var ModifyDBInstanceMessage$ = [
  3,
  n0,
  _MDBIM,
  0,
  [_DBII, _AS, _DBIC, _DBSGNu, _DBSGe, _VSGI, _AIp, _MUP, _DBPGN, _BRP, _PBW, _PMW, _MAZ, _EV, _AMVUl, _AMVU, _LM, _I, _ST, _OGN, _NDBII, _STt, _TCA, _TCP, _CACI, _Do, _DF, _DO, _DASA, _DDI, _DD, _CTTS, _MIo, _DBPNo, _PA, _MRA, _DIAMRN, _PT, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _CLEC, _PF, _UDPF, _DP, _MAS, _CRR, _RM, _AM, _RFAMM, _ECOI, _NT, _ABRPA, _MMUP, _RMUP, _MUSKKI, _MT, _DLV, _E, _ASVd, _TS, _MUAT, _ELS],
  [0, 1, 0, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 2, [() => SensitiveString, 0], 0, 1, 0, 0, 2, 0, 2, 2, 0, 1, 1, 0, 0, 0, 0, [() => SensitiveString, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 2, 1, 1, 2, 0, 0, 1, 2, 0, 2, 0, 1, () => CloudwatchLogsExportConfiguration$, [() => ProcessorFeatureList, 0], 2, 2, 1, 2, 0, 0, 1, 2, 0, 0, 2, 2, 0, 2, 2, 0, () => ModifyAdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0, 0],
  1
];
var ModifyDBInstanceResult$ = [
  3,
  n0,
  _MDBIR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var ModifyDBParameterGroupMessage$ = [
  3,
  n0,
  _MDBPGM,
  0,
  [_DBPGN, _Pa],
  [0, [() => ParametersList, 0]],
  2
];
var ModifyDBProxyEndpointRequest$ = [
  3,
  n0,
  _MDBPER,
  0,
  [_DBPEN, _NDBPEN, _VSGI],
  [0, 0, 64 | 0],
  1
];
var ModifyDBProxyEndpointResponse$ = [
  3,
  n0,
  _MDBPERo,
  0,
  [_DBPE],
  [() => DBProxyEndpoint$]
];
var ModifyDBProxyRequest$ = [
  3,
  n0,
  _MDBPR,
  0,
  [_DBPN, _NDBPN, _DAS, _A, _RTLS, _ICT, _DL, _RA, _SG],
  [0, 0, 0, () => UserAuthConfigList, 2, 1, 2, 0, 64 | 0],
  1
];
var ModifyDBProxyResponse$ = [
  3,
  n0,
  _MDBPRo,
  0,
  [_DBP],
  [() => DBProxy$]
];
var ModifyDBProxyTargetGroupRequest$ = [
  3,
  n0,
  _MDBPTGR,
  0,
  [_TGN, _DBPN, _CPCo, _NN],
  [0, 0, [() => ConnectionPoolConfiguration$, 0], 0],
  2
];
var ModifyDBProxyTargetGroupResponse$ = [
  3,
  n0,
  _MDBPTGRo,
  0,
  [_DBPTG],
  [[() => DBProxyTargetGroup$, 0]]
];
var ModifyDBRecommendationMessage$ = [
  3,
  n0,
  _MDBRM,
  0,
  [_RIe, _Lo, _St, _RAU],
  [0, 0, 0, () => RecommendedActionUpdateList],
  1
];
var ModifyDBShardGroupMessage$ = [
  3,
  n0,
  _MDBSGM,
  0,
  [_DBSGI, _MACU, _MACUi, _CR],
  [0, 1, 1, 1],
  1
];
var ModifyDBSnapshotAttributeMessage$ = [
  3,
  n0,
  _MDBSAM,
  0,
  [_DBSIn, _AN, _VTA, _VTR],
  [0, 0, [() => AttributeValueList, 0], [() => AttributeValueList, 0]],
  2
];
var ModifyDBSnapshotAttributeResult$ = [
  3,
  n0,
  _MDBSAR,
  0,
  [_DBSAR],
  [[() => DBSnapshotAttributesResult$, 0]]
];
var ModifyDBSnapshotMessage$ = [
  3,
  n0,
  _MDBSM,
  0,
  [_DBSIn, _EV, _OGN],
  [0, 0, 0],
  1
];
var ModifyDBSnapshotResult$ = [
  3,
  n0,
  _MDBSR,
  0,
  [_DBS],
  [[() => DBSnapshot$, 0]]
];
var ModifyDBSubnetGroupMessage$ = [
  3,
  n0,
  _MDBSGMo,
  0,
  [_DBSGNu, _SIub, _DBSGDu],
  [0, [() => SubnetIdentifierList, 0], 0],
  2
];
var ModifyDBSubnetGroupResult$ = [
  3,
  n0,
  _MDBSGR,
  0,
  [_DBSGu],
  [[() => DBSubnetGroup$, 0]]
];
var ModifyEventSubscriptionMessage$ = [
  3,
  n0,
  _MESM,
  0,
  [_SN, _STA, _STo, _EC, _En],
  [0, 0, 0, [() => EventCategoriesList, 0], 2],
  1
];
var ModifyEventSubscriptionResult$ = [
  3,
  n0,
  _MESR,
  0,
  [_ES],
  [[() => EventSubscription$, 0]]
];
var ModifyGlobalClusterMessage$ = [
  3,
  n0,
  _MGCM,
  0,
  [_GCI, _NGCI, _DP, _EV, _AMVUl],
  [0, 0, 2, 0, 2],
  1
];
var ModifyGlobalClusterResult$ = [
  3,
  n0,
  _MGCR,
  0,
  [_GC],
  [[() => GlobalCluster$, 0]]
];
var ModifyIntegrationMessage$ = [
  3,
  n0,
  _MIM,
  0,
  [_IIn, _IN, _DFa, _D],
  [0, 0, 0, 0],
  1
];
var ModifyOptionGroupMessage$ = [
  3,
  n0,
  _MOGM,
  0,
  [_OGN, _OTI, _OTR, _AIp],
  [0, [() => OptionConfigurationList, 0], 64 | 0, 2],
  1
];
var ModifyOptionGroupResult$ = [
  3,
  n0,
  _MOGR,
  0,
  [_OG],
  [[() => OptionGroup$, 0]]
];
var ModifyTenantDatabaseMessage$ = [
  3,
  n0,
  _MTDM,
  0,
  [_DBII, _TDBN, _MUP, _NTDBN, _MMUP, _RMUP, _MUSKKI],
  [0, 0, [() => SensitiveString, 0], 0, 2, 2, 0],
  2
];
var ModifyTenantDatabaseResult$ = [
  3,
  n0,
  _MTDR,
  0,
  [_TD],
  [[() => TenantDatabase$, 0]]
];
var Option$ = [
  3,
  n0,
  _O,
  0,
  [_ON, _OD, _Pe, _Per, _P, _OV, _OS, _DBSGMec, _VSGM],
  [0, 0, 2, 2, 1, 0, [() => OptionSettingConfigurationList, 0], [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0]]
];
var OptionConfiguration$ = [
  3,
  n0,
  _OC,
  0,
  [_ON, _P, _OV, _DBSGMec, _VSGM, _OS],
  [0, 1, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], [() => OptionSettingsList, 0]],
  1
];
var OptionGroup$ = [
  3,
  n0,
  _OG,
  0,
  [_OGN, _OGD, _EN, _MEV, _Op, _AVANVIM, _VI, _OGA, _SOG, _SAI, _CTop],
  [0, 0, 0, 0, [() => OptionsList, 0], 2, 0, 0, 0, 0, 4]
];
var OptionGroupMembership$ = [
  3,
  n0,
  _OGMp,
  0,
  [_OGN, _St],
  [0, 0]
];
var OptionGroupOption$ = [
  3,
  n0,
  _OGO,
  0,
  [_N, _D, _EN, _MEV, _MRMEV, _PR, _DPe, _ODO, _OCW, _Pe, _Per, _RAMEVU, _VO, _SOVD, _OGOS, _OGOV, _CCA],
  [0, 0, 0, 0, 0, 2, 1, [() => OptionsDependedOn, 0], [() => OptionsConflictsWith, 0], 2, 2, 2, 2, 2, [() => OptionGroupOptionSettingsList, 0], [() => OptionGroupOptionVersionsList, 0], 2]
];
var OptionGroupOptionSetting$ = [
  3,
  n0,
  _OGOSp,
  0,
  [_SNe, _SDe, _DV, _AT, _AV, _IM, _IR, _MEVPAV],
  [0, 0, 0, 0, 0, 2, 2, [() => MinimumEngineVersionPerAllowedValueList, 0]]
];
var OptionGroupOptionsMessage$ = [
  3,
  n0,
  _OGOM,
  0,
  [_OGOp, _Ma],
  [[() => OptionGroupOptionsList, 0], 0]
];
var OptionGroups$ = [
  3,
  n0,
  _OGp,
  0,
  [_OGL, _Ma],
  [[() => OptionGroupsList, 0], 0]
];
var OptionSetting$ = [
  3,
  n0,
  _OSp,
  0,
  [_N, _V, _DV, _D, _AT, _DTa, _AV, _IM, _IC],
  [0, [() => PotentiallySensitiveOptionSettingValue, 0], 0, 0, 0, 0, 0, 2, 2]
];
var OptionVersion$ = [
  3,
  n0,
  _OV,
  0,
  [_Ve, _ID],
  [0, 2]
];
var OrderableDBInstanceOption$ = [
  3,
  n0,
  _ODBIO,
  0,
  [_E, _EV, _DBIC, _LM, _AZG, _AZv, _MAZC, _RRC, _Vp, _SSE, _STt, _SIu, _SST, _SEMu, _SIAMDA, _SPI, _MSS, _MSSa, _MIPDI, _MIPDIa, _MIPG, _MIPGa, _MSTPDI, _MSTPDIa, _MSTPI, _MSTPIa, _APFv, _SEM, _SSA, _SKA, _OCu, _SASM, _SGD, _SNT, _SCu, _SDLV, _SASV, _SHE, _AASVOv],
  [0, 0, 0, 0, 0, [() => AvailabilityZoneList, 0], 2, 2, 2, 2, 0, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, [() => AvailableProcessorFeatureList, 0], 64 | 0, 2, 2, 2, 64 | 0, 2, 64 | 0, 2, 2, 2, 2, [() => AvailableAdditionalStorageVolumesOptionList, 0]]
];
var OrderableDBInstanceOptionsMessage$ = [
  3,
  n0,
  _ODBIOM,
  0,
  [_ODBIOr, _Ma],
  [[() => OrderableDBInstanceOptionsList, 0], 0]
];
var Outpost$ = [
  3,
  n0,
  _Ou,
  0,
  [_Ar],
  [0]
];
var Parameter$ = [
  3,
  n0,
  _Par,
  0,
  [_PN, _PV, _D, _S, _AT, _DTa, _AV, _IM, _MEVi, _AMp, _SEM],
  [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 64 | 0]
];
var PendingCloudwatchLogsExports$ = [
  3,
  n0,
  _PCLE,
  0,
  [_LTTE, _LTTD],
  [64 | 0, 64 | 0]
];
var PendingMaintenanceAction$ = [
  3,
  n0,
  _PMA,
  0,
  [_Ac, _AAAD, _FAD, _OIS, _CAD, _D],
  [0, 4, 4, 0, 4, 0]
];
var PendingMaintenanceActionsMessage$ = [
  3,
  n0,
  _PMAM,
  0,
  [_PMAe, _Ma],
  [[() => PendingMaintenanceActions, 0], 0]
];
var PendingModifiedValues$ = [
  3,
  n0,
  _PMV,
  0,
  [_DBIC, _AS, _MUP, _P, _BRP, _MAZ, _EV, _LM, _I, _ST, _DBII, _STt, _CACI, _DBSGNu, _PCLE, _PF, _AM, _RFAMT, _MT, _IAMDAE, _DLV, _E, _ASVd],
  [0, 1, [() => SensitiveString, 0], 1, 1, 2, 0, 0, 1, 1, 0, 0, 0, 0, () => PendingCloudwatchLogsExports$, [() => ProcessorFeatureList, 0], 0, 4, 2, 2, 2, 0, () => AdditionalStorageVolumesList]
];
var PerformanceInsightsMetricDimensionGroup$ = [
  3,
  n0,
  _PIMDG,
  0,
  [_Di, _G, _Li],
  [64 | 0, 0, 1]
];
var PerformanceInsightsMetricQuery$ = [
  3,
  n0,
  _PIMQ,
  0,
  [_GB, _Met],
  [() => PerformanceInsightsMetricDimensionGroup$, 0]
];
var PerformanceIssueDetails$ = [
  3,
  n0,
  _PID,
  0,
  [_STtar, _ETn, _Metr, _An],
  [4, 4, () => MetricList, 0]
];
var ProcessorFeature$ = [
  3,
  n0,
  _PFr,
  0,
  [_N, _V],
  [0, 0]
];
var PromoteReadReplicaDBClusterMessage$ = [
  3,
  n0,
  _PRRDBCM,
  0,
  [_DBCI],
  [0],
  1
];
var PromoteReadReplicaDBClusterResult$ = [
  3,
  n0,
  _PRRDBCR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var PromoteReadReplicaMessage$ = [
  3,
  n0,
  _PRRM,
  0,
  [_DBII, _BRP, _PBW, _TS],
  [0, 1, 0, [() => TagSpecificationList, 0]],
  1
];
var PromoteReadReplicaResult$ = [
  3,
  n0,
  _PRRR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var PurchaseReservedDBInstancesOfferingMessage$ = [
  3,
  n0,
  _PRDBIOM,
  0,
  [_RDBIOI, _RDBII, _DBICn, _T],
  [0, 0, 1, [() => TagList, 0]],
  1
];
var PurchaseReservedDBInstancesOfferingResult$ = [
  3,
  n0,
  _PRDBIOR,
  0,
  [_RDBI],
  [[() => ReservedDBInstance$, 0]]
];
var Range$ = [
  3,
  n0,
  _Ra,
  0,
  [_Fr, _To, _Ste],
  [1, 1, 1]
];
var RdsCustomClusterConfiguration$ = [
  3,
  n0,
  _RCCC,
  0,
  [_ISI, _TGMDI, _RM],
  [0, 0, 0]
];
var RebootDBClusterMessage$ = [
  3,
  n0,
  _RDBCM,
  0,
  [_DBCI],
  [0],
  1
];
var RebootDBClusterResult$ = [
  3,
  n0,
  _RDBCR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var RebootDBInstanceMessage$ = [
  3,
  n0,
  _RDBIM,
  0,
  [_DBII, _FF],
  [0, 2],
  1
];
var RebootDBInstanceResult$ = [
  3,
  n0,
  _RDBIR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var RebootDBShardGroupMessage$ = [
  3,
  n0,
  _RDBSGM,
  0,
  [_DBSGI],
  [0],
  1
];
var RecommendedAction$ = [
  3,
  n0,
  _RAeco,
  0,
  [_AIc, _Tit, _D, _Ope, _Pa, _AMpp, _St, _IDs, _CAon],
  [0, 0, 0, 0, () => RecommendedActionParameterList, 64 | 0, 0, () => IssueDetails$, () => ContextAttributeList]
];
var RecommendedActionParameter$ = [
  3,
  n0,
  _RAP,
  0,
  [_K, _V],
  [0, 0]
];
var RecommendedActionUpdate$ = [
  3,
  n0,
  _RAUe,
  0,
  [_AIc, _St],
  [0, 0],
  2
];
var RecurringCharge$ = [
  3,
  n0,
  _RC,
  0,
  [_RCA, _RCF],
  [1, 0]
];
var ReferenceDetails$ = [
  3,
  n0,
  _RD,
  0,
  [_SRD],
  [() => ScalarReferenceDetails$]
];
var RegisterDBProxyTargetsRequest$ = [
  3,
  n0,
  _RDBPTR,
  0,
  [_DBPN, _TGN, _DBIIn, _DBCIl],
  [0, 0, 64 | 0, 64 | 0],
  1
];
var RegisterDBProxyTargetsResponse$ = [
  3,
  n0,
  _RDBPTRe,
  0,
  [_DBPTr],
  [() => TargetList]
];
var RemoveFromGlobalClusterMessage$ = [
  3,
  n0,
  _RFGCM,
  0,
  [_GCI, _DCI],
  [0, 0],
  2
];
var RemoveFromGlobalClusterResult$ = [
  3,
  n0,
  _RFGCR,
  0,
  [_GC],
  [[() => GlobalCluster$, 0]]
];
var RemoveRoleFromDBClusterMessage$ = [
  3,
  n0,
  _RRFDBCM,
  0,
  [_DBCI, _RA, _FN],
  [0, 0, 0],
  2
];
var RemoveRoleFromDBInstanceMessage$ = [
  3,
  n0,
  _RRFDBIM,
  0,
  [_DBII, _RA, _FN],
  [0, 0, 0],
  3
];
var RemoveSourceIdentifierFromSubscriptionMessage$ = [
  3,
  n0,
  _RSIFSM,
  0,
  [_SN, _SI],
  [0, 0],
  2
];
var RemoveSourceIdentifierFromSubscriptionResult$ = [
  3,
  n0,
  _RSIFSR,
  0,
  [_ES],
  [[() => EventSubscription$, 0]]
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
var ReservedDBInstance$ = [
  3,
  n0,
  _RDBI,
  0,
  [_RDBII, _RDBIOI, _DBIC, _STtar, _Du, _FP, _UP, _CCu, _DBICn, _PD, _OT, _MAZ, _Sta, _RCe, _RDBIA, _LI],
  [0, 0, 0, 4, 1, 1, 1, 0, 1, 0, 0, 2, 0, [() => RecurringChargeList, 0], 0, 0]
];
var ReservedDBInstanceMessage$ = [
  3,
  n0,
  _RDBIMe,
  0,
  [_Ma, _RDBIe],
  [0, [() => ReservedDBInstanceList, 0]]
];
var ReservedDBInstancesOffering$ = [
  3,
  n0,
  _RDBIO,
  0,
  [_RDBIOI, _DBIC, _Du, _FP, _UP, _CCu, _PD, _OT, _MAZ, _RCe],
  [0, 0, 1, 1, 1, 0, 0, 0, 2, [() => RecurringChargeList, 0]]
];
var ReservedDBInstancesOfferingMessage$ = [
  3,
  n0,
  _RDBIOM,
  0,
  [_Ma, _RDBIOe],
  [0, [() => ReservedDBInstancesOfferingList, 0]]
];
var ResetDBClusterParameterGroupMessage$ = [
  3,
  n0,
  _RDBCPGM,
  0,
  [_DBCPGN, _RAPe, _Pa],
  [0, 2, [() => ParametersList, 0]],
  1
];
var ResetDBParameterGroupMessage$ = [
  3,
  n0,
  _RDBPGM,
  0,
  [_DBPGN, _RAPe, _Pa],
  [0, 2, [() => ParametersList, 0]],
  1
];
var ResourcePendingMaintenanceActions$ = [
  3,
  n0,
  _RPMA,
  0,
  [_RI, _PMAD],
  [0, [() => PendingMaintenanceActionDetails, 0]]
];
var RestoreDBClusterFromS3Message$ = [
  3,
  n0,
  _RDBCFSM,
  0,
  [_DBCI, _E, _MU, _SEo, _SEV, _SBN, _SIRA, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MUP, _OGN, _PBW, _PMW, _T, _SE, _KKI, _EIAMDA, _SP, _BW, _ECLE, _DP, _CTTS, _Do, _DIAMRN, _STt, _NT, _SVSC, _MMUP, _MUSKKI, _ELS, _TS, _AR],
  [0, 0, 0, 0, 0, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, [() => SensitiveString, 0], 0, 0, 0, [() => TagList, 0], 2, 0, 2, 0, 1, 64 | 0, 2, 2, 0, 0, 0, 0, () => ServerlessV2ScalingConfiguration$, 2, 0, 0, [() => TagSpecificationList, 0], [() => DBClusterAssociatedRoles, 0]],
  7
];
var RestoreDBClusterFromS3Result$ = [
  3,
  n0,
  _RDBCFSR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var RestoreDBClusterFromSnapshotMessage$ = [
  3,
  n0,
  _RDBCFSMe,
  0,
  [_DBCI, _SIn, _E, _AZv, _EV, _P, _DBSGNu, _DN, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _EMn, _SC, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _I, _PA, _NT, _SVSC, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
  [0, 0, 0, [() => AvailabilityZones, 0], 0, 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64 | 0, 0, () => ScalingConfiguration$, 0, 2, 2, 0, 0, 0, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]],
  3
];
var RestoreDBClusterFromSnapshotResult$ = [
  3,
  n0,
  _RDBCFSRe,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var RestoreDBClusterToPointInTimeMessage$ = [
  3,
  n0,
  _RDBCTPITM,
  0,
  [_DBCI, _RT, _SDBCI, _RTT, _ULRT, _P, _DBSGNu, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _PA, _I, _NT, _SDCRI, _SVSC, _SC, _EMn, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
  [0, 0, 0, 4, 2, 1, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64 | 0, 0, 2, 2, 0, 0, 0, 0, 2, 1, 0, 0, () => ServerlessV2ScalingConfiguration$, () => ScalingConfiguration$, 0, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]],
  1
];
var RestoreDBClusterToPointInTimeResult$ = [
  3,
  n0,
  _RDBCTPITR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var RestoreDBInstanceFromDBSnapshotMessage$ = [
  3,
  n0,
  _RDBIFDBSM,
  0,
  [_DBII, _DBSIn, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _DIAMRN, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _ECOI, _NT, _BTa, _CIIP, _AS, _DBCSI, _BRP, _PBW, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
  [0, 0, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 64 | 0, 2, 0, 2, 64 | 0, [() => ProcessorFeatureList, 0], 2, 0, 2, 2, 0, 0, 0, 1, 0, 1, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0],
  1
];
var RestoreDBInstanceFromDBSnapshotResult$ = [
  3,
  n0,
  _RDBIFDBSR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var RestoreDBInstanceFromS3Message$ = [
  3,
  n0,
  _RDBIFSM,
  0,
  [_DBII, _DBIC, _E, _SEo, _SEV, _SBN, _SIRA, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _PA, _T, _STt, _SE, _KKI, _CTTS, _MIo, _MRA, _EIAMDA, _SP, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _MAS, _NT, _MMUP, _MUSKKI, _DLV, _CACI, _ELS, _ASVd, _TS],
  [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 2, 0, 2, 1, 0, 2, 0, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 2, 1, 0, 2, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0]],
  7
];
var RestoreDBInstanceFromS3Result$ = [
  3,
  n0,
  _RDBIFSR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var RestoreDBInstanceToPointInTimeMessage$ = [
  3,
  n0,
  _RDBITPITM,
  0,
  [_TDBII, _SDBII, _RTe, _ULRT, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _CTTS, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _SDRI, _MAS, _ECOI, _NT, _SDBIABA, _BTa, _CIIP, _AS, _BRP, _PBW, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
  [0, 0, 4, 2, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 64 | 0, [() => ProcessorFeatureList, 0], 2, 0, 2, 0, 1, 2, 0, 0, 0, 0, 1, 1, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0],
  1
];
var RestoreDBInstanceToPointInTimeResult$ = [
  3,
  n0,
  _RDBITPITR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var RestoreWindow$ = [
  3,
  n0,
  _RW,
  0,
  [_ETa, _LT],
  [4, 4]
];
var RevokeDBSecurityGroupIngressMessage$ = [
  3,
  n0,
  _RDBSGIM,
  0,
  [_DBSGN, _CIDRIP, _ECSGN, _ECSGI, _ECSGOI],
  [0, 0, 0, 0, 0],
  1
];
var RevokeDBSecurityGroupIngressResult$ = [
  3,
  n0,
  _RDBSGIR,
  0,
  [_DBSG],
  [[() => DBSecurityGroup$, 0]]
];
var ScalarReferenceDetails$ = [
  3,
  n0,
  _SRD,
  0,
  [_V],
  [1]
];
var ScalingConfiguration$ = [
  3,
  n0,
  _SC,
  0,
  [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
  [1, 1, 2, 1, 0, 1]
];
var ScalingConfigurationInfo$ = [
  3,
  n0,
  _SCI,
  0,
  [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
  [1, 1, 2, 1, 0, 1]
];
var ServerlessV2FeaturesSupport$ = [
  3,
  n0,
  _SVFS,
  0,
  [_MC, _MCa],
  [1, 1]
];
var ServerlessV2PlatformVersionInfo$ = [
  3,
  n0,
  _SVPVI,
  0,
  [_SVPV, _SVPVD, _E, _SVFS, _St, _ID],
  [0, 0, 0, () => ServerlessV2FeaturesSupport$, 0, 2]
];
var ServerlessV2PlatformVersionsMessage$ = [
  3,
  n0,
  _SVPVM,
  0,
  [_Ma, _SVPVe],
  [0, () => ServerlessV2PlatformVersionList]
];
var ServerlessV2ScalingConfiguration$ = [
  3,
  n0,
  _SVSC,
  0,
  [_MC, _MCa, _SUAP],
  [1, 1, 1]
];
var ServerlessV2ScalingConfigurationInfo$ = [
  3,
  n0,
  _SVSCI,
  0,
  [_MC, _MCa, _SUAP],
  [1, 1, 1]
];
var SourceRegion$ = [
  3,
  n0,
  _SR,
  0,
  [_RNe, _End, _St, _SDBIABR],
  [0, 0, 0, 2]
];
var SourceRegionMessage$ = [
  3,
  n0,
  _SRM,
  0,
  [_Ma, _SRo],
  [0, [() => SourceRegionList, 0]]
];
var StartActivityStreamRequest$ = [
  3,
  n0,
  _SASR,
  0,
  [_RAe, _Mo, _KKI, _AIp, _ENAFI],
  [0, 0, 0, 2, 2],
  3
];
var StartActivityStreamResponse$ = [
  3,
  n0,
  _SASRt,
  0,
  [_KKI, _KSN, _St, _Mo, _ENAFI, _AIp],
  [0, 0, 0, 0, 2, 2]
];
var StartDBClusterMessage$ = [
  3,
  n0,
  _SDBCM,
  0,
  [_DBCI],
  [0],
  1
];
var StartDBClusterResult$ = [
  3,
  n0,
  _SDBCR,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var StartDBInstanceAutomatedBackupsReplicationMessage$ = [
  3,
  n0,
  _SDBIABRM,
  0,
  [_SDBIA, _BRP, _KKI, _PSU, _T],
  [0, 1, 0, [() => SensitiveString, 0], [() => TagList, 0]],
  1
];
var StartDBInstanceAutomatedBackupsReplicationResult$ = [
  3,
  n0,
  _SDBIABRR,
  0,
  [_DBIAB],
  [[() => DBInstanceAutomatedBackup$, 0]]
];
var StartDBInstanceMessage$ = [
  3,
  n0,
  _SDBIM,
  0,
  [_DBII],
  [0],
  1
];
var StartDBInstanceResult$ = [
  3,
  n0,
  _SDBIR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var StartExportTaskMessage$ = [
  3,
  n0,
  _SETM,
  0,
  [_ETI, _SA, _SBN, _IRA, _KKI, _SP, _EO],
  [0, 0, 0, 0, 0, 0, 64 | 0],
  5
];
var StopActivityStreamRequest$ = [
  3,
  n0,
  _SASRto,
  0,
  [_RAe, _AIp],
  [0, 2],
  1
];
var StopActivityStreamResponse$ = [
  3,
  n0,
  _SASRtop,
  0,
  [_KKI, _KSN, _St],
  [0, 0, 0]
];
var StopDBClusterMessage$ = [
  3,
  n0,
  _SDBCMt,
  0,
  [_DBCI],
  [0],
  1
];
var StopDBClusterResult$ = [
  3,
  n0,
  _SDBCRt,
  0,
  [_DBC],
  [[() => DBCluster$, 0]]
];
var StopDBInstanceAutomatedBackupsReplicationMessage$ = [
  3,
  n0,
  _SDBIABRMt,
  0,
  [_SDBIA],
  [0],
  1
];
var StopDBInstanceAutomatedBackupsReplicationResult$ = [
  3,
  n0,
  _SDBIABRRt,
  0,
  [_DBIAB],
  [[() => DBInstanceAutomatedBackup$, 0]]
];
var StopDBInstanceMessage$ = [
  3,
  n0,
  _SDBIMt,
  0,
  [_DBII, _DBSIn],
  [0, 0],
  1
];
var StopDBInstanceResult$ = [
  3,
  n0,
  _SDBIRt,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var Subnet$ = [
  3,
  n0,
  _Sub,
  0,
  [_SIubn, _SAZu, _SO, _SSu],
  [0, () => AvailabilityZone$, () => Outpost$, 0]
];
var SupportedEngineLifecycle$ = [
  3,
  n0,
  _SELu,
  0,
  [_LSN, _LSSD, _LSED],
  [0, 4, 4],
  3
];
var SwitchoverBlueGreenDeploymentRequest$ = [
  3,
  n0,
  _SBGDR,
  0,
  [_BGDI, _STw],
  [0, 1],
  1
];
var SwitchoverBlueGreenDeploymentResponse$ = [
  3,
  n0,
  _SBGDRw,
  0,
  [_BGD],
  [[() => BlueGreenDeployment$, 0]]
];
var SwitchoverDetail$ = [
  3,
  n0,
  _SDw,
  0,
  [_SMo, _TM, _St],
  [0, 0, 0]
];
var SwitchoverGlobalClusterMessage$ = [
  3,
  n0,
  _SGCM,
  0,
  [_GCI, _TDCI],
  [0, 0],
  2
];
var SwitchoverGlobalClusterResult$ = [
  3,
  n0,
  _SGCR,
  0,
  [_GC],
  [[() => GlobalCluster$, 0]]
];
var SwitchoverReadReplicaMessage$ = [
  3,
  n0,
  _SRRM,
  0,
  [_DBII],
  [0],
  1
];
var SwitchoverReadReplicaResult$ = [
  3,
  n0,
  _SRRR,
  0,
  [_DBI],
  [[() => DBInstance$, 0]]
];
var Tag$ = [
  3,
  n0,
  _Tag,
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
var TagSpecification$ = [
  3,
  n0,
  _TSa,
  0,
  [_RTes, _T],
  [0, [() => TagList, 0]]
];
var TargetHealth$ = [
  3,
  n0,
  _TH,
  0,
  [_Sta, _Rea, _D],
  [0, 0, 0]
];
var TenantDatabase$ = [
  3,
  n0,
  _TD,
  0,
  [_TDCT, _DBII, _TDBN, _St, _MU, _DRI, _TDRI, _TDARN, _CSN, _NCSN, _DP, _PMV, _MUS, _TL],
  [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, [() => TenantDatabasePendingModifiedValues$, 0], () => MasterUserSecret$, [() => TagList, 0]]
];
var TenantDatabasePendingModifiedValues$ = [
  3,
  n0,
  _TDPMV,
  0,
  [_MUP, _TDBN],
  [[() => SensitiveString, 0], 0]
];
var TenantDatabasesMessage$ = [
  3,
  n0,
  _TDM,
  0,
  [_Ma, _TDe],
  [0, [() => TenantDatabasesList, 0]]
];
var Timezone$ = [
  3,
  n0,
  _Ti,
  0,
  [_TN],
  [0]
];
var UpgradeTarget$ = [
  3,
  n0,
  _UTp,
  0,
  [_E, _EV, _D, _AU, _IMVU, _SEM, _SPQ, _SGD, _SB, _SLD, _SLWF, _SIup],
  [0, 0, 0, 2, 2, 64 | 0, 2, 2, 2, 2, 2, 2]
];
var UserAuthConfig$ = [
  3,
  n0,
  _UAC,
  0,
  [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
  [0, 0, 0, 0, 0, 0]
];
var UserAuthConfigInfo$ = [
  3,
  n0,
  _UACI,
  0,
  [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
  [0, 0, 0, 0, 0, 0]
];
var ValidAdditionalStorageOptions$ = [
  3,
  n0,
  _VASO,
  0,
  [_SASV, _Vo],
  [2, [() => ValidVolumeOptionsList, 0]]
];
var ValidDBInstanceModificationsMessage$ = [
  3,
  n0,
  _VDBIMM,
  0,
  [_Sto, _VPF, _SDLV, _ASd],
  [[() => ValidStorageOptionsList, 0], [() => AvailableProcessorFeatureList, 0], 2, [() => ValidAdditionalStorageOptions$, 0]]
];
var ValidStorageOptions$ = [
  3,
  n0,
  _VSO,
  0,
  [_STt, _SSt, _PI, _ITSR, _PST, _STTIR, _SSA],
  [0, [() => RangeList, 0], [() => RangeList, 0], [() => DoubleRangeList, 0], [() => RangeList, 0], [() => DoubleRangeList, 0], 2]
];
var ValidVolumeOptions$ = [
  3,
  n0,
  _VVO,
  0,
  [_VN, _Sto],
  [0, [() => ValidStorageOptionsList, 0]]
];
var VpcSecurityGroupMembership$ = [
  3,
  n0,
  _VSGMp,
  0,
  [_VSGIp, _St],
  [0, 0]
];
var __Unit = "unit";
var AccountQuotaList = [
  1,
  n0,
  _AQL,
  0,
  [
    () => AccountQuota$,
    { [_xN]: _AQc }
  ]
];
var ActivityStreamModeList = 64 | 0;
var AdditionalStorageVolumesList = [
  1,
  n0,
  _ASVL,
  0,
  () => AdditionalStorageVolume$
];
var AdditionalStorageVolumesOutputList = [
  1,
  n0,
  _ASVOL,
  0,
  () => AdditionalStorageVolumeOutput$
];
var AttributeValueList = [
  1,
  n0,
  _AVL,
  0,
  [
    0,
    { [_xN]: _AVtt }
  ]
];
var AvailabilityZoneList = [
  1,
  n0,
  _AZL,
  0,
  [
    () => AvailabilityZone$,
    { [_xN]: _AZ }
  ]
];
var AvailabilityZones = [
  1,
  n0,
  _AZv,
  0,
  [
    0,
    { [_xN]: _AZ }
  ]
];
var AvailableAdditionalStorageVolumesOptionList = [
  1,
  n0,
  _AASVOL,
  0,
  [
    () => AvailableAdditionalStorageVolumesOption$,
    { [_xN]: _AASVO }
  ]
];
var AvailableProcessorFeatureList = [
  1,
  n0,
  _APFL,
  0,
  [
    () => AvailableProcessorFeature$,
    { [_xN]: _APF }
  ]
];
var BlueGreenDeploymentList = [
  1,
  n0,
  _BGDL,
  0,
  [
    () => BlueGreenDeployment$,
    0
  ]
];
var BlueGreenDeploymentTaskList = [
  1,
  n0,
  _BGDTL,
  0,
  () => BlueGreenDeploymentTask$
];
var CACertificateIdentifiersList = 64 | 0;
var CertificateList = [
  1,
  n0,
  _CL,
  0,
  [
    () => Certificate$,
    { [_xN]: _C }
  ]
];
var ContextAttributeList = [
  1,
  n0,
  _CAL,
  0,
  () => ContextAttribute$
];
var DBClusterAssociatedRoles = [
  1,
  n0,
  _DBCARl,
  0,
  [
    () => DBClusterAssociatedRole$,
    { [_xN]: _DBCAR }
  ]
];
var DBClusterAutomatedBackupList = [
  1,
  n0,
  _DBCABL,
  0,
  [
    () => DBClusterAutomatedBackup$,
    { [_xN]: _DBCAB }
  ]
];
var DBClusterBacktrackList = [
  1,
  n0,
  _DBCBL,
  0,
  [
    () => DBClusterBacktrack$,
    { [_xN]: _DBCB }
  ]
];
var DBClusterEndpointList = [
  1,
  n0,
  _DBCEL,
  0,
  [
    () => DBClusterEndpoint$,
    { [_xN]: _DBCEL }
  ]
];
var DBClusterList = [
  1,
  n0,
  _DBCL,
  0,
  [
    () => DBCluster$,
    { [_xN]: _DBC }
  ]
];
var DBClusterMemberList = [
  1,
  n0,
  _DBCML,
  0,
  [
    () => DBClusterMember$,
    { [_xN]: _DBCMl }
  ]
];
var DBClusterOptionGroupMemberships = [
  1,
  n0,
  _DBCOGM,
  0,
  [
    () => DBClusterOptionGroupStatus$,
    { [_xN]: _DBCOG }
  ]
];
var DBClusterParameterGroupList = [
  1,
  n0,
  _DBCPGL,
  0,
  [
    () => DBClusterParameterGroup$,
    { [_xN]: _DBCPG }
  ]
];
var DBClusterRoles = [
  1,
  n0,
  _DBCRl,
  0,
  [
    () => DBClusterRole$,
    { [_xN]: _DBCR }
  ]
];
var DBClusterSnapshotAttributeList = [
  1,
  n0,
  _DBCSAL,
  0,
  [
    () => DBClusterSnapshotAttribute$,
    { [_xN]: _DBCSAl }
  ]
];
var DBClusterSnapshotList = [
  1,
  n0,
  _DBCSL,
  0,
  [
    () => DBClusterSnapshot$,
    { [_xN]: _DBCS }
  ]
];
var DBClusterStatusInfoList = [
  1,
  n0,
  _DBCSIL,
  0,
  [
    () => DBClusterStatusInfo$,
    { [_xN]: _DBCSIl }
  ]
];
var DBEngineVersionList = [
  1,
  n0,
  _DBEVL,
  0,
  [
    () => DBEngineVersion$,
    { [_xN]: _DBEV }
  ]
];
var DBInstanceAutomatedBackupList = [
  1,
  n0,
  _DBIABL,
  0,
  [
    () => DBInstanceAutomatedBackup$,
    { [_xN]: _DBIAB }
  ]
];
var DBInstanceAutomatedBackupsReplicationList = [
  1,
  n0,
  _DBIABRL,
  0,
  [
    () => DBInstanceAutomatedBackupsReplication$,
    { [_xN]: _DBIABRn }
  ]
];
var DBInstanceList = [
  1,
  n0,
  _DBIL,
  0,
  [
    () => DBInstance$,
    { [_xN]: _DBI }
  ]
];
var DBInstanceRoles = [
  1,
  n0,
  _DBIRn,
  0,
  [
    () => DBInstanceRole$,
    { [_xN]: _DBIR }
  ]
];
var DBInstanceStatusInfoList = [
  1,
  n0,
  _DBISIL,
  0,
  [
    () => DBInstanceStatusInfo$,
    { [_xN]: _DBISI }
  ]
];
var DBMajorEngineVersionsList = [
  1,
  n0,
  _DBMEVL,
  0,
  [
    () => DBMajorEngineVersion$,
    { [_xN]: _DBMEV }
  ]
];
var DBParameterGroupList = [
  1,
  n0,
  _DBPGL,
  0,
  [
    () => DBParameterGroup$,
    { [_xN]: _DBPG }
  ]
];
var DBParameterGroupStatusList = [
  1,
  n0,
  _DBPGSL,
  0,
  [
    () => DBParameterGroupStatus$,
    { [_xN]: _DBPG }
  ]
];
var DBProxyEndpointList = [
  1,
  n0,
  _DBPEL,
  0,
  () => DBProxyEndpoint$
];
var DBProxyList = [
  1,
  n0,
  _DBPL,
  0,
  () => DBProxy$
];
var DBRecommendationList = [
  1,
  n0,
  _DBRL,
  0,
  () => DBRecommendation$
];
var DBSecurityGroupMembershipList = [
  1,
  n0,
  _DBSGML,
  0,
  [
    () => DBSecurityGroupMembership$,
    { [_xN]: _DBSG }
  ]
];
var DBSecurityGroupNameList = [
  1,
  n0,
  _DBSGNL,
  0,
  [
    0,
    { [_xN]: _DBSGN }
  ]
];
var DBSecurityGroups = [
  1,
  n0,
  _DBSGe,
  0,
  [
    () => DBSecurityGroup$,
    { [_xN]: _DBSG }
  ]
];
var DBShardGroupsList = [
  1,
  n0,
  _DBSGL,
  0,
  [
    () => DBShardGroup$,
    { [_xN]: _DBSGh }
  ]
];
var DBSnapshotAttributeList = [
  1,
  n0,
  _DBSAL,
  0,
  [
    () => DBSnapshotAttribute$,
    { [_xN]: _DBSAn }
  ]
];
var DBSnapshotList = [
  1,
  n0,
  _DBSL,
  0,
  [
    () => DBSnapshot$,
    { [_xN]: _DBS }
  ]
];
var DBSnapshotTenantDatabasesList = [
  1,
  n0,
  _DBSTDL,
  0,
  [
    () => DBSnapshotTenantDatabase$,
    { [_xN]: _DBSTD }
  ]
];
var DBSubnetGroups = [
  1,
  n0,
  _DBSGub,
  0,
  [
    () => DBSubnetGroup$,
    { [_xN]: _DBSGu }
  ]
];
var DescribeDBLogFilesList = [
  1,
  n0,
  _DDBLFL,
  0,
  [
    () => DescribeDBLogFilesDetails$,
    { [_xN]: _DDBLFD }
  ]
];
var DocLinkList = [
  1,
  n0,
  _DLL,
  0,
  () => DocLink$
];
var DomainMembershipList = [
  1,
  n0,
  _DML,
  0,
  [
    () => DomainMembership$,
    { [_xN]: _DMo }
  ]
];
var DoubleRangeList = [
  1,
  n0,
  _DRL,
  0,
  [
    () => DoubleRange$,
    { [_xN]: _DR }
  ]
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
var EngineModeList = 64 | 0;
var EventCategoriesList = [
  1,
  n0,
  _ECL,
  0,
  [
    0,
    { [_xN]: _ECv }
  ]
];
var EventCategoriesMapList = [
  1,
  n0,
  _ECML,
  0,
  [
    () => EventCategoriesMap$,
    { [_xN]: _ECM }
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
var EventSubscriptionsList = [
  1,
  n0,
  _ESL,
  0,
  [
    () => EventSubscription$,
    { [_xN]: _ES }
  ]
];
var ExportTasksList = [
  1,
  n0,
  _ETL,
  0,
  [
    () => ExportTask$,
    { [_xN]: _ETx }
  ]
];
var FeatureNameList = 64 | 0;
var FilterList = [
  1,
  n0,
  _FL,
  0,
  [
    () => Filter$,
    { [_xN]: _Fil }
  ]
];
var FilterValueList = [
  1,
  n0,
  _FVL,
  0,
  [
    0,
    { [_xN]: _V }
  ]
];
var GlobalClusterList = [
  1,
  n0,
  _GCL,
  0,
  [
    () => GlobalCluster$,
    { [_xN]: _GCMl }
  ]
];
var GlobalClusterMemberList = [
  1,
  n0,
  _GCML,
  0,
  [
    () => GlobalClusterMember$,
    { [_xN]: _GCMl }
  ]
];
var IntegrationErrorList = [
  1,
  n0,
  _IEL,
  0,
  [
    () => IntegrationError$,
    { [_xN]: _IE }
  ]
];
var IntegrationList = [
  1,
  n0,
  _IL,
  0,
  [
    () => Integration$,
    { [_xN]: _Int }
  ]
];
var IPRangeList = [
  1,
  n0,
  _IPRL,
  0,
  [
    () => IPRange$,
    { [_xN]: _IPRa }
  ]
];
var KeyList = 64 | 0;
var LogTypeList = 64 | 0;
var MetricList = [
  1,
  n0,
  _ML,
  0,
  () => Metric$
];
var MetricReferenceList = [
  1,
  n0,
  _MRL,
  0,
  () => MetricReference$
];
var MinimumEngineVersionPerAllowedValueList = [
  1,
  n0,
  _MEVPAVL,
  0,
  [
    () => MinimumEngineVersionPerAllowedValue$,
    { [_xN]: _MEVPAV }
  ]
];
var ModifyAdditionalStorageVolumesList = [
  1,
  n0,
  _MASVL,
  0,
  () => ModifyAdditionalStorageVolume$
];
var OptionConfigurationList = [
  1,
  n0,
  _OCL,
  0,
  [
    () => OptionConfiguration$,
    { [_xN]: _OC }
  ]
];
var OptionGroupMembershipList = [
  1,
  n0,
  _OGML,
  0,
  [
    () => OptionGroupMembership$,
    { [_xN]: _OGMp }
  ]
];
var OptionGroupOptionSettingsList = [
  1,
  n0,
  _OGOSL,
  0,
  [
    () => OptionGroupOptionSetting$,
    { [_xN]: _OGOSp }
  ]
];
var OptionGroupOptionsList = [
  1,
  n0,
  _OGOL,
  0,
  [
    () => OptionGroupOption$,
    { [_xN]: _OGO }
  ]
];
var OptionGroupOptionVersionsList = [
  1,
  n0,
  _OGOVL,
  0,
  [
    () => OptionVersion$,
    { [_xN]: _OV }
  ]
];
var OptionGroupsList = [
  1,
  n0,
  _OGL,
  0,
  [
    () => OptionGroup$,
    { [_xN]: _OG }
  ]
];
var OptionNamesList = 64 | 0;
var OptionsConflictsWith = [
  1,
  n0,
  _OCW,
  0,
  [
    0,
    { [_xN]: _OCN }
  ]
];
var OptionsDependedOn = [
  1,
  n0,
  _ODO,
  0,
  [
    0,
    { [_xN]: _ON }
  ]
];
var OptionSettingConfigurationList = [
  1,
  n0,
  _OSCL,
  0,
  [
    () => OptionSetting$,
    { [_xN]: _OSp }
  ]
];
var OptionSettingsList = [
  1,
  n0,
  _OSL,
  0,
  [
    () => OptionSetting$,
    { [_xN]: _OSp }
  ]
];
var OptionsList = [
  1,
  n0,
  _OL,
  0,
  [
    () => Option$,
    { [_xN]: _O }
  ]
];
var OrderableDBInstanceOptionsList = [
  1,
  n0,
  _ODBIOL,
  0,
  [
    () => OrderableDBInstanceOption$,
    { [_xN]: _ODBIO }
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
var PendingMaintenanceActionDetails = [
  1,
  n0,
  _PMAD,
  0,
  [
    () => PendingMaintenanceAction$,
    { [_xN]: _PMA }
  ]
];
var PendingMaintenanceActions = [
  1,
  n0,
  _PMAe,
  0,
  [
    () => ResourcePendingMaintenanceActions$,
    { [_xN]: _RPMA }
  ]
];
var ProcessorFeatureList = [
  1,
  n0,
  _PFL,
  0,
  [
    () => ProcessorFeature$,
    { [_xN]: _PFr }
  ]
];
var RangeList = [
  1,
  n0,
  _RL,
  0,
  [
    () => Range$,
    { [_xN]: _Ra }
  ]
];
var ReadersArnList = 64 | 0;
var ReadReplicaDBClusterIdentifierList = [
  1,
  n0,
  _RRDBCIL,
  0,
  [
    0,
    { [_xN]: _RRDBCIe }
  ]
];
var ReadReplicaDBInstanceIdentifierList = [
  1,
  n0,
  _RRDBIIL,
  0,
  [
    0,
    { [_xN]: _RRDBIIe }
  ]
];
var ReadReplicaIdentifierList = [
  1,
  n0,
  _RRIL,
  0,
  [
    0,
    { [_xN]: _RRIe }
  ]
];
var RecommendedActionList = [
  1,
  n0,
  _RAL,
  0,
  () => RecommendedAction$
];
var RecommendedActionParameterList = [
  1,
  n0,
  _RAPL,
  0,
  () => RecommendedActionParameter$
];
var RecommendedActionUpdateList = [
  1,
  n0,
  _RAUL,
  0,
  () => RecommendedActionUpdate$
];
var RecurringChargeList = [
  1,
  n0,
  _RCL,
  0,
  [
    () => RecurringCharge$,
    { [_xN]: _RC }
  ]
];
var ReservedDBInstanceList = [
  1,
  n0,
  _RDBIL,
  0,
  [
    () => ReservedDBInstance$,
    { [_xN]: _RDBI }
  ]
];
var ReservedDBInstancesOfferingList = [
  1,
  n0,
  _RDBIOL,
  0,
  [
    () => ReservedDBInstancesOffering$,
    { [_xN]: _RDBIO }
  ]
];
var ServerlessV2PlatformVersionList = [
  1,
  n0,
  _SVPVL,
  0,
  () => ServerlessV2PlatformVersionInfo$
];
var SourceIdsList = [
  1,
  n0,
  _SIL,
  0,
  [
    0,
    { [_xN]: _SIou }
  ]
];
var SourceRegionList = [
  1,
  n0,
  _SRL,
  0,
  [
    () => SourceRegion$,
    { [_xN]: _SR }
  ]
];
var StringList = 64 | 0;
var SubnetIdentifierList = [
  1,
  n0,
  _SILu,
  0,
  [
    0,
    { [_xN]: _SIubn }
  ]
];
var SubnetList = [
  1,
  n0,
  _SL,
  0,
  [
    () => Subnet$,
    { [_xN]: _Sub }
  ]
];
var SupportedCharacterSetsList = [
  1,
  n0,
  _SCSL,
  0,
  [
    () => CharacterSet$,
    { [_xN]: _CS }
  ]
];
var SupportedEngineLifecycleList = [
  1,
  n0,
  _SELL,
  0,
  [
    () => SupportedEngineLifecycle$,
    { [_xN]: _SELu }
  ]
];
var SupportedTimezonesList = [
  1,
  n0,
  _STL,
  0,
  [
    () => Timezone$,
    { [_xN]: _Ti }
  ]
];
var SwitchoverDetailList = [
  1,
  n0,
  _SDL,
  0,
  () => SwitchoverDetail$
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
var TagSpecificationList = [
  1,
  n0,
  _TSL,
  0,
  [
    () => TagSpecification$,
    { [_xN]: _i }
  ]
];
var TargetGroupList = [
  1,
  n0,
  _TGL,
  0,
  [
    () => DBProxyTargetGroup$,
    0
  ]
];
var TargetList = [
  1,
  n0,
  _TLa,
  0,
  () => DBProxyTarget$
];
var TenantDatabasesList = [
  1,
  n0,
  _TDL,
  0,
  [
    () => TenantDatabase$,
    { [_xN]: _TD }
  ]
];
var UserAuthConfigInfoList = [
  1,
  n0,
  _UACIL,
  0,
  () => UserAuthConfigInfo$
];
var UserAuthConfigList = [
  1,
  n0,
  _UACL,
  0,
  () => UserAuthConfig$
];
var ValidStorageOptionsList = [
  1,
  n0,
  _VSOL,
  0,
  [
    () => ValidStorageOptions$,
    { [_xN]: _VSO }
  ]
];
var ValidUpgradeTargetList = [
  1,
  n0,
  _VUTL,
  0,
  [
    () => UpgradeTarget$,
    { [_xN]: _UTp }
  ]
];
var ValidVolumeOptionsList = [
  1,
  n0,
  _VVOL,
  0,
  [
    () => ValidVolumeOptions$,
    0
  ]
];
var VpcSecurityGroupIdList = [
  1,
  n0,
  _VSGIL,
  0,
  [
    0,
    { [_xN]: _VSGIp }
  ]
];
var VpcSecurityGroupMembershipList = [
  1,
  n0,
  _VSGML,
  0,
  [
    () => VpcSecurityGroupMembership$,
    { [_xN]: _VSGMp }
  ]
];
var EncryptionContextMap = 128 | 0;
var AddRoleToDBCluster$ = [
  9,
  n0,
  _ARTDBC,
  0,
  () => AddRoleToDBClusterMessage$,
  () => __Unit
];
var AddRoleToDBInstance$ = [
  9,
  n0,
  _ARTDBI,
  0,
  () => AddRoleToDBInstanceMessage$,
  () => __Unit
];
var AddSourceIdentifierToSubscription$ = [
  9,
  n0,
  _ASITS,
  0,
  () => AddSourceIdentifierToSubscriptionMessage$,
  () => AddSourceIdentifierToSubscriptionResult$
];
var AddTagsToResource$ = [
  9,
  n0,
  _ATTR,
  0,
  () => AddTagsToResourceMessage$,
  () => __Unit
];
var ApplyPendingMaintenanceAction$ = [
  9,
  n0,
  _APMA,
  0,
  () => ApplyPendingMaintenanceActionMessage$,
  () => ApplyPendingMaintenanceActionResult$
];
var AuthorizeDBSecurityGroupIngress$ = [
  9,
  n0,
  _ADBSGI,
  0,
  () => AuthorizeDBSecurityGroupIngressMessage$,
  () => AuthorizeDBSecurityGroupIngressResult$
];
var BacktrackDBCluster$ = [
  9,
  n0,
  _BDBC,
  0,
  () => BacktrackDBClusterMessage$,
  () => DBClusterBacktrack$
];
var CancelExportTask$ = [
  9,
  n0,
  _CETa,
  0,
  () => CancelExportTaskMessage$,
  () => ExportTask$
];
var CopyDBClusterParameterGroup$ = [
  9,
  n0,
  _CDBCPG,
  0,
  () => CopyDBClusterParameterGroupMessage$,
  () => CopyDBClusterParameterGroupResult$
];
var CopyDBClusterSnapshot$ = [
  9,
  n0,
  _CDBCS,
  0,
  () => CopyDBClusterSnapshotMessage$,
  () => CopyDBClusterSnapshotResult$
];
var CopyDBParameterGroup$ = [
  9,
  n0,
  _CDBPG,
  0,
  () => CopyDBParameterGroupMessage$,
  () => CopyDBParameterGroupResult$
];
var CopyDBSnapshot$ = [
  9,
  n0,
  _CDBS,
  0,
  () => CopyDBSnapshotMessage$,
  () => CopyDBSnapshotResult$
];
var CopyOptionGroup$ = [
  9,
  n0,
  _COG,
  0,
  () => CopyOptionGroupMessage$,
  () => CopyOptionGroupResult$
];
var CreateBlueGreenDeployment$ = [
  9,
  n0,
  _CBGD,
  0,
  () => CreateBlueGreenDeploymentRequest$,
  () => CreateBlueGreenDeploymentResponse$
];
var CreateCustomDBEngineVersion$ = [
  9,
  n0,
  _CCDBEV,
  0,
  () => CreateCustomDBEngineVersionMessage$,
  () => DBEngineVersion$
];
var CreateDBCluster$ = [
  9,
  n0,
  _CDBC,
  0,
  () => CreateDBClusterMessage$,
  () => CreateDBClusterResult$
];
var CreateDBClusterEndpoint$ = [
  9,
  n0,
  _CDBCE,
  0,
  () => CreateDBClusterEndpointMessage$,
  () => DBClusterEndpoint$
];
var CreateDBClusterParameterGroup$ = [
  9,
  n0,
  _CDBCPGr,
  0,
  () => CreateDBClusterParameterGroupMessage$,
  () => CreateDBClusterParameterGroupResult$
];
var CreateDBClusterSnapshot$ = [
  9,
  n0,
  _CDBCSr,
  0,
  () => CreateDBClusterSnapshotMessage$,
  () => CreateDBClusterSnapshotResult$
];
var CreateDBInstance$ = [
  9,
  n0,
  _CDBI,
  0,
  () => CreateDBInstanceMessage$,
  () => CreateDBInstanceResult$
];
var CreateDBInstanceReadReplica$ = [
  9,
  n0,
  _CDBIRR,
  0,
  () => CreateDBInstanceReadReplicaMessage$,
  () => CreateDBInstanceReadReplicaResult$
];
var CreateDBParameterGroup$ = [
  9,
  n0,
  _CDBPGr,
  0,
  () => CreateDBParameterGroupMessage$,
  () => CreateDBParameterGroupResult$
];
var CreateDBProxy$ = [
  9,
  n0,
  _CDBP,
  0,
  () => CreateDBProxyRequest$,
  () => CreateDBProxyResponse$
];
var CreateDBProxyEndpoint$ = [
  9,
  n0,
  _CDBPE,
  0,
  () => CreateDBProxyEndpointRequest$,
  () => CreateDBProxyEndpointResponse$
];
var CreateDBSecurityGroup$ = [
  9,
  n0,
  _CDBSG,
  0,
  () => CreateDBSecurityGroupMessage$,
  () => CreateDBSecurityGroupResult$
];
var CreateDBShardGroup$ = [
  9,
  n0,
  _CDBSGr,
  0,
  () => CreateDBShardGroupMessage$,
  () => DBShardGroup$
];
var CreateDBSnapshot$ = [
  9,
  n0,
  _CDBSr,
  0,
  () => CreateDBSnapshotMessage$,
  () => CreateDBSnapshotResult$
];
var CreateDBSubnetGroup$ = [
  9,
  n0,
  _CDBSGre,
  0,
  () => CreateDBSubnetGroupMessage$,
  () => CreateDBSubnetGroupResult$
];
var CreateEventSubscription$ = [
  9,
  n0,
  _CES,
  0,
  () => CreateEventSubscriptionMessage$,
  () => CreateEventSubscriptionResult$
];
var CreateGlobalCluster$ = [
  9,
  n0,
  _CGC,
  0,
  () => CreateGlobalClusterMessage$,
  () => CreateGlobalClusterResult$
];
var CreateIntegration$ = [
  9,
  n0,
  _CIr,
  0,
  () => CreateIntegrationMessage$,
  () => Integration$
];
var CreateOptionGroup$ = [
  9,
  n0,
  _COGr,
  0,
  () => CreateOptionGroupMessage$,
  () => CreateOptionGroupResult$
];
var CreateTenantDatabase$ = [
  9,
  n0,
  _CTD,
  0,
  () => CreateTenantDatabaseMessage$,
  () => CreateTenantDatabaseResult$
];
var DeleteBlueGreenDeployment$ = [
  9,
  n0,
  _DBGD,
  0,
  () => DeleteBlueGreenDeploymentRequest$,
  () => DeleteBlueGreenDeploymentResponse$
];
var DeleteCustomDBEngineVersion$ = [
  9,
  n0,
  _DCDBEV,
  0,
  () => DeleteCustomDBEngineVersionMessage$,
  () => DBEngineVersion$
];
var DeleteDBCluster$ = [
  9,
  n0,
  _DDBC,
  0,
  () => DeleteDBClusterMessage$,
  () => DeleteDBClusterResult$
];
var DeleteDBClusterAutomatedBackup$ = [
  9,
  n0,
  _DDBCAB,
  0,
  () => DeleteDBClusterAutomatedBackupMessage$,
  () => DeleteDBClusterAutomatedBackupResult$
];
var DeleteDBClusterEndpoint$ = [
  9,
  n0,
  _DDBCE,
  0,
  () => DeleteDBClusterEndpointMessage$,
  () => DBClusterEndpoint$
];
var DeleteDBClusterParameterGroup$ = [
  9,
  n0,
  _DDBCPG,
  0,
  () => DeleteDBClusterParameterGroupMessage$,
  () => __Unit
];
var DeleteDBClusterSnapshot$ = [
  9,
  n0,
  _DDBCS,
  0,
  () => DeleteDBClusterSnapshotMessage$,
  () => DeleteDBClusterSnapshotResult$
];
var DeleteDBInstance$ = [
  9,
  n0,
  _DDBI,
  0,
  () => DeleteDBInstanceMessage$,
  () => DeleteDBInstanceResult$
];
var DeleteDBInstanceAutomatedBackup$ = [
  9,
  n0,
  _DDBIAB,
  0,
  () => DeleteDBInstanceAutomatedBackupMessage$,
  () => DeleteDBInstanceAutomatedBackupResult$
];
var DeleteDBParameterGroup$ = [
  9,
  n0,
  _DDBPG,
  0,
  () => DeleteDBParameterGroupMessage$,
  () => __Unit
];
var DeleteDBProxy$ = [
  9,
  n0,
  _DDBP,
  0,
  () => DeleteDBProxyRequest$,
  () => DeleteDBProxyResponse$
];
var DeleteDBProxyEndpoint$ = [
  9,
  n0,
  _DDBPE,
  0,
  () => DeleteDBProxyEndpointRequest$,
  () => DeleteDBProxyEndpointResponse$
];
var DeleteDBSecurityGroup$ = [
  9,
  n0,
  _DDBSG,
  0,
  () => DeleteDBSecurityGroupMessage$,
  () => __Unit
];
var DeleteDBShardGroup$ = [
  9,
  n0,
  _DDBSGe,
  0,
  () => DeleteDBShardGroupMessage$,
  () => DBShardGroup$
];
var DeleteDBSnapshot$ = [
  9,
  n0,
  _DDBS,
  0,
  () => DeleteDBSnapshotMessage$,
  () => DeleteDBSnapshotResult$
];
var DeleteDBSubnetGroup$ = [
  9,
  n0,
  _DDBSGel,
  0,
  () => DeleteDBSubnetGroupMessage$,
  () => __Unit
];
var DeleteEventSubscription$ = [
  9,
  n0,
  _DES,
  0,
  () => DeleteEventSubscriptionMessage$,
  () => DeleteEventSubscriptionResult$
];
var DeleteGlobalCluster$ = [
  9,
  n0,
  _DGC,
  0,
  () => DeleteGlobalClusterMessage$,
  () => DeleteGlobalClusterResult$
];
var DeleteIntegration$ = [
  9,
  n0,
  _DIe,
  0,
  () => DeleteIntegrationMessage$,
  () => Integration$
];
var DeleteOptionGroup$ = [
  9,
  n0,
  _DOG,
  0,
  () => DeleteOptionGroupMessage$,
  () => __Unit
];
var DeleteTenantDatabase$ = [
  9,
  n0,
  _DTD,
  0,
  () => DeleteTenantDatabaseMessage$,
  () => DeleteTenantDatabaseResult$
];
var DeregisterDBProxyTargets$ = [
  9,
  n0,
  _DDBPT,
  0,
  () => DeregisterDBProxyTargetsRequest$,
  () => DeregisterDBProxyTargetsResponse$
];
var DescribeAccountAttributes$ = [
  9,
  n0,
  _DAA,
  0,
  () => DescribeAccountAttributesMessage$,
  () => AccountAttributesMessage$
];
var DescribeBlueGreenDeployments$ = [
  9,
  n0,
  _DBGDe,
  0,
  () => DescribeBlueGreenDeploymentsRequest$,
  () => DescribeBlueGreenDeploymentsResponse$
];
var DescribeCertificates$ = [
  9,
  n0,
  _DC,
  0,
  () => DescribeCertificatesMessage$,
  () => CertificateMessage$
];
var DescribeDBClusterAutomatedBackups$ = [
  9,
  n0,
  _DDBCABe,
  0,
  () => DescribeDBClusterAutomatedBackupsMessage$,
  () => DBClusterAutomatedBackupMessage$
];
var DescribeDBClusterBacktracks$ = [
  9,
  n0,
  _DDBCB,
  0,
  () => DescribeDBClusterBacktracksMessage$,
  () => DBClusterBacktrackMessage$
];
var DescribeDBClusterEndpoints$ = [
  9,
  n0,
  _DDBCEe,
  0,
  () => DescribeDBClusterEndpointsMessage$,
  () => DBClusterEndpointMessage$
];
var DescribeDBClusterParameterGroups$ = [
  9,
  n0,
  _DDBCPGe,
  0,
  () => DescribeDBClusterParameterGroupsMessage$,
  () => DBClusterParameterGroupsMessage$
];
var DescribeDBClusterParameters$ = [
  9,
  n0,
  _DDBCP,
  0,
  () => DescribeDBClusterParametersMessage$,
  () => DBClusterParameterGroupDetails$
];
var DescribeDBClusters$ = [
  9,
  n0,
  _DDBCe,
  0,
  () => DescribeDBClustersMessage$,
  () => DBClusterMessage$
];
var DescribeDBClusterSnapshotAttributes$ = [
  9,
  n0,
  _DDBCSA,
  0,
  () => DescribeDBClusterSnapshotAttributesMessage$,
  () => DescribeDBClusterSnapshotAttributesResult$
];
var DescribeDBClusterSnapshots$ = [
  9,
  n0,
  _DDBCSe,
  0,
  () => DescribeDBClusterSnapshotsMessage$,
  () => DBClusterSnapshotMessage$
];
var DescribeDBEngineVersions$ = [
  9,
  n0,
  _DDBEV,
  0,
  () => DescribeDBEngineVersionsMessage$,
  () => DBEngineVersionMessage$
];
var DescribeDBInstanceAutomatedBackups$ = [
  9,
  n0,
  _DDBIABe,
  0,
  () => DescribeDBInstanceAutomatedBackupsMessage$,
  () => DBInstanceAutomatedBackupMessage$
];
var DescribeDBInstances$ = [
  9,
  n0,
  _DDBIe,
  0,
  () => DescribeDBInstancesMessage$,
  () => DBInstanceMessage$
];
var DescribeDBLogFiles$ = [
  9,
  n0,
  _DDBLF,
  0,
  () => DescribeDBLogFilesMessage$,
  () => DescribeDBLogFilesResponse$
];
var DescribeDBMajorEngineVersions$ = [
  9,
  n0,
  _DDBMEV,
  0,
  () => DescribeDBMajorEngineVersionsRequest$,
  () => DescribeDBMajorEngineVersionsResponse$
];
var DescribeDBParameterGroups$ = [
  9,
  n0,
  _DDBPGe,
  0,
  () => DescribeDBParameterGroupsMessage$,
  () => DBParameterGroupsMessage$
];
var DescribeDBParameters$ = [
  9,
  n0,
  _DDBPe,
  0,
  () => DescribeDBParametersMessage$,
  () => DBParameterGroupDetails$
];
var DescribeDBProxies$ = [
  9,
  n0,
  _DDBPes,
  0,
  () => DescribeDBProxiesRequest$,
  () => DescribeDBProxiesResponse$
];
var DescribeDBProxyEndpoints$ = [
  9,
  n0,
  _DDBPEe,
  0,
  () => DescribeDBProxyEndpointsRequest$,
  () => DescribeDBProxyEndpointsResponse$
];
var DescribeDBProxyTargetGroups$ = [
  9,
  n0,
  _DDBPTG,
  0,
  () => DescribeDBProxyTargetGroupsRequest$,
  () => DescribeDBProxyTargetGroupsResponse$
];
var DescribeDBProxyTargets$ = [
  9,
  n0,
  _DDBPTe,
  0,
  () => DescribeDBProxyTargetsRequest$,
  () => DescribeDBProxyTargetsResponse$
];
var DescribeDBRecommendations$ = [
  9,
  n0,
  _DDBR,
  0,
  () => DescribeDBRecommendationsMessage$,
  () => DBRecommendationsMessage$
];
var DescribeDBSecurityGroups$ = [
  9,
  n0,
  _DDBSGes,
  0,
  () => DescribeDBSecurityGroupsMessage$,
  () => DBSecurityGroupMessage$
];
var DescribeDBShardGroups$ = [
  9,
  n0,
  _DDBSGesc,
  0,
  () => DescribeDBShardGroupsMessage$,
  () => DescribeDBShardGroupsResponse$
];
var DescribeDBSnapshotAttributes$ = [
  9,
  n0,
  _DDBSA,
  0,
  () => DescribeDBSnapshotAttributesMessage$,
  () => DescribeDBSnapshotAttributesResult$
];
var DescribeDBSnapshots$ = [
  9,
  n0,
  _DDBSe,
  0,
  () => DescribeDBSnapshotsMessage$,
  () => DBSnapshotMessage$
];
var DescribeDBSnapshotTenantDatabases$ = [
  9,
  n0,
  _DDBSTD,
  0,
  () => DescribeDBSnapshotTenantDatabasesMessage$,
  () => DBSnapshotTenantDatabasesMessage$
];
var DescribeDBSubnetGroups$ = [
  9,
  n0,
  _DDBSGescr,
  0,
  () => DescribeDBSubnetGroupsMessage$,
  () => DBSubnetGroupMessage$
];
var DescribeEngineDefaultClusterParameters$ = [
  9,
  n0,
  _DEDCP,
  0,
  () => DescribeEngineDefaultClusterParametersMessage$,
  () => DescribeEngineDefaultClusterParametersResult$
];
var DescribeEngineDefaultParameters$ = [
  9,
  n0,
  _DEDP,
  0,
  () => DescribeEngineDefaultParametersMessage$,
  () => DescribeEngineDefaultParametersResult$
];
var DescribeEventCategories$ = [
  9,
  n0,
  _DEC,
  0,
  () => DescribeEventCategoriesMessage$,
  () => EventCategoriesMessage$
];
var DescribeEvents$ = [
  9,
  n0,
  _DE,
  0,
  () => DescribeEventsMessage$,
  () => EventsMessage$
];
var DescribeEventSubscriptions$ = [
  9,
  n0,
  _DESe,
  0,
  () => DescribeEventSubscriptionsMessage$,
  () => EventSubscriptionsMessage$
];
var DescribeExportTasks$ = [
  9,
  n0,
  _DET,
  0,
  () => DescribeExportTasksMessage$,
  () => ExportTasksMessage$
];
var DescribeGlobalClusters$ = [
  9,
  n0,
  _DGCe,
  0,
  () => DescribeGlobalClustersMessage$,
  () => GlobalClustersMessage$
];
var DescribeIntegrations$ = [
  9,
  n0,
  _DIes,
  0,
  () => DescribeIntegrationsMessage$,
  () => DescribeIntegrationsResponse$
];
var DescribeOptionGroupOptions$ = [
  9,
  n0,
  _DOGO,
  0,
  () => DescribeOptionGroupOptionsMessage$,
  () => OptionGroupOptionsMessage$
];
var DescribeOptionGroups$ = [
  9,
  n0,
  _DOGe,
  0,
  () => DescribeOptionGroupsMessage$,
  () => OptionGroups$
];
var DescribeOrderableDBInstanceOptions$ = [
  9,
  n0,
  _DODBIO,
  0,
  () => DescribeOrderableDBInstanceOptionsMessage$,
  () => OrderableDBInstanceOptionsMessage$
];
var DescribePendingMaintenanceActions$ = [
  9,
  n0,
  _DPMA,
  0,
  () => DescribePendingMaintenanceActionsMessage$,
  () => PendingMaintenanceActionsMessage$
];
var DescribeReservedDBInstances$ = [
  9,
  n0,
  _DRDBI,
  0,
  () => DescribeReservedDBInstancesMessage$,
  () => ReservedDBInstanceMessage$
];
var DescribeReservedDBInstancesOfferings$ = [
  9,
  n0,
  _DRDBIO,
  0,
  () => DescribeReservedDBInstancesOfferingsMessage$,
  () => ReservedDBInstancesOfferingMessage$
];
var DescribeServerlessV2PlatformVersions$ = [
  9,
  n0,
  _DSVPV,
  0,
  () => DescribeServerlessV2PlatformVersionsMessage$,
  () => ServerlessV2PlatformVersionsMessage$
];
var DescribeSourceRegions$ = [
  9,
  n0,
  _DSR,
  0,
  () => DescribeSourceRegionsMessage$,
  () => SourceRegionMessage$
];
var DescribeTenantDatabases$ = [
  9,
  n0,
  _DTDe,
  0,
  () => DescribeTenantDatabasesMessage$,
  () => TenantDatabasesMessage$
];
var DescribeValidDBInstanceModifications$ = [
  9,
  n0,
  _DVDBIM,
  0,
  () => DescribeValidDBInstanceModificationsMessage$,
  () => DescribeValidDBInstanceModificationsResult$
];
var DisableHttpEndpoint$ = [
  9,
  n0,
  _DHE,
  0,
  () => DisableHttpEndpointRequest$,
  () => DisableHttpEndpointResponse$
];
var DownloadDBLogFilePortion$ = [
  9,
  n0,
  _DDBLFP,
  0,
  () => DownloadDBLogFilePortionMessage$,
  () => DownloadDBLogFilePortionDetails$
];
var EnableHttpEndpoint$ = [
  9,
  n0,
  _EHE,
  0,
  () => EnableHttpEndpointRequest$,
  () => EnableHttpEndpointResponse$
];
var FailoverDBCluster$ = [
  9,
  n0,
  _FDBC,
  0,
  () => FailoverDBClusterMessage$,
  () => FailoverDBClusterResult$
];
var FailoverGlobalCluster$ = [
  9,
  n0,
  _FGC,
  0,
  () => FailoverGlobalClusterMessage$,
  () => FailoverGlobalClusterResult$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  0,
  () => ListTagsForResourceMessage$,
  () => TagListMessage$
];
var ModifyActivityStream$ = [
  9,
  n0,
  _MASo,
  0,
  () => ModifyActivityStreamRequest$,
  () => ModifyActivityStreamResponse$
];
var ModifyCertificates$ = [
  9,
  n0,
  _MCo,
  0,
  () => ModifyCertificatesMessage$,
  () => ModifyCertificatesResult$
];
var ModifyCurrentDBClusterCapacity$ = [
  9,
  n0,
  _MCDBCC,
  0,
  () => ModifyCurrentDBClusterCapacityMessage$,
  () => DBClusterCapacityInfo$
];
var ModifyCustomDBEngineVersion$ = [
  9,
  n0,
  _MCDBEV,
  0,
  () => ModifyCustomDBEngineVersionMessage$,
  () => DBEngineVersion$
];
var ModifyDBCluster$ = [
  9,
  n0,
  _MDBC,
  0,
  () => ModifyDBClusterMessage$,
  () => ModifyDBClusterResult$
];
var ModifyDBClusterEndpoint$ = [
  9,
  n0,
  _MDBCE,
  0,
  () => ModifyDBClusterEndpointMessage$,
  () => DBClusterEndpoint$
];
var ModifyDBClusterParameterGroup$ = [
  9,
  n0,
  _MDBCPG,
  0,
  () => ModifyDBClusterParameterGroupMessage$,
  () => DBClusterParameterGroupNameMessage$
];
var ModifyDBClusterSnapshotAttribute$ = [
  9,
  n0,
  _MDBCSA,
  0,
  () => ModifyDBClusterSnapshotAttributeMessage$,
  () => ModifyDBClusterSnapshotAttributeResult$
];
var ModifyDBInstance$ = [
  9,
  n0,
  _MDBI,
  0,
  () => ModifyDBInstanceMessage$,
  () => ModifyDBInstanceResult$
];
var ModifyDBParameterGroup$ = [
  9,
  n0,
  _MDBPG,
  0,
  () => ModifyDBParameterGroupMessage$,
  () => DBParameterGroupNameMessage$
];
var ModifyDBProxy$ = [
  9,
  n0,
  _MDBP,
  0,
  () => ModifyDBProxyRequest$,
  () => ModifyDBProxyResponse$
];
var ModifyDBProxyEndpoint$ = [
  9,
  n0,
  _MDBPE,
  0,
  () => ModifyDBProxyEndpointRequest$,
  () => ModifyDBProxyEndpointResponse$
];
var ModifyDBProxyTargetGroup$ = [
  9,
  n0,
  _MDBPTG,
  0,
  () => ModifyDBProxyTargetGroupRequest$,
  () => ModifyDBProxyTargetGroupResponse$
];
var ModifyDBRecommendation$ = [
  9,
  n0,
  _MDBR,
  0,
  () => ModifyDBRecommendationMessage$,
  () => DBRecommendationMessage$
];
var ModifyDBShardGroup$ = [
  9,
  n0,
  _MDBSG,
  0,
  () => ModifyDBShardGroupMessage$,
  () => DBShardGroup$
];
var ModifyDBSnapshot$ = [
  9,
  n0,
  _MDBS,
  0,
  () => ModifyDBSnapshotMessage$,
  () => ModifyDBSnapshotResult$
];
var ModifyDBSnapshotAttribute$ = [
  9,
  n0,
  _MDBSA,
  0,
  () => ModifyDBSnapshotAttributeMessage$,
  () => ModifyDBSnapshotAttributeResult$
];
var ModifyDBSubnetGroup$ = [
  9,
  n0,
  _MDBSGo,
  0,
  () => ModifyDBSubnetGroupMessage$,
  () => ModifyDBSubnetGroupResult$
];
var ModifyEventSubscription$ = [
  9,
  n0,
  _MES,
  0,
  () => ModifyEventSubscriptionMessage$,
  () => ModifyEventSubscriptionResult$
];
var ModifyGlobalCluster$ = [
  9,
  n0,
  _MGC,
  0,
  () => ModifyGlobalClusterMessage$,
  () => ModifyGlobalClusterResult$
];
var ModifyIntegration$ = [
  9,
  n0,
  _MIod,
  0,
  () => ModifyIntegrationMessage$,
  () => Integration$
];
var ModifyOptionGroup$ = [
  9,
  n0,
  _MOG,
  0,
  () => ModifyOptionGroupMessage$,
  () => ModifyOptionGroupResult$
];
var ModifyTenantDatabase$ = [
  9,
  n0,
  _MTD,
  0,
  () => ModifyTenantDatabaseMessage$,
  () => ModifyTenantDatabaseResult$
];
var PromoteReadReplica$ = [
  9,
  n0,
  _PRR,
  0,
  () => PromoteReadReplicaMessage$,
  () => PromoteReadReplicaResult$
];
var PromoteReadReplicaDBCluster$ = [
  9,
  n0,
  _PRRDBC,
  0,
  () => PromoteReadReplicaDBClusterMessage$,
  () => PromoteReadReplicaDBClusterResult$
];
var PurchaseReservedDBInstancesOffering$ = [
  9,
  n0,
  _PRDBIO,
  0,
  () => PurchaseReservedDBInstancesOfferingMessage$,
  () => PurchaseReservedDBInstancesOfferingResult$
];
var RebootDBCluster$ = [
  9,
  n0,
  _RDBC,
  0,
  () => RebootDBClusterMessage$,
  () => RebootDBClusterResult$
];
var RebootDBInstance$ = [
  9,
  n0,
  _RDBIeb,
  0,
  () => RebootDBInstanceMessage$,
  () => RebootDBInstanceResult$
];
var RebootDBShardGroup$ = [
  9,
  n0,
  _RDBSG,
  0,
  () => RebootDBShardGroupMessage$,
  () => DBShardGroup$
];
var RegisterDBProxyTargets$ = [
  9,
  n0,
  _RDBPT,
  0,
  () => RegisterDBProxyTargetsRequest$,
  () => RegisterDBProxyTargetsResponse$
];
var RemoveFromGlobalCluster$ = [
  9,
  n0,
  _RFGC,
  0,
  () => RemoveFromGlobalClusterMessage$,
  () => RemoveFromGlobalClusterResult$
];
var RemoveRoleFromDBCluster$ = [
  9,
  n0,
  _RRFDBC,
  0,
  () => RemoveRoleFromDBClusterMessage$,
  () => __Unit
];
var RemoveRoleFromDBInstance$ = [
  9,
  n0,
  _RRFDBI,
  0,
  () => RemoveRoleFromDBInstanceMessage$,
  () => __Unit
];
var RemoveSourceIdentifierFromSubscription$ = [
  9,
  n0,
  _RSIFS,
  0,
  () => RemoveSourceIdentifierFromSubscriptionMessage$,
  () => RemoveSourceIdentifierFromSubscriptionResult$
];
var RemoveTagsFromResource$ = [
  9,
  n0,
  _RTFR,
  0,
  () => RemoveTagsFromResourceMessage$,
  () => __Unit
];
var ResetDBClusterParameterGroup$ = [
  9,
  n0,
  _RDBCPG,
  0,
  () => ResetDBClusterParameterGroupMessage$,
  () => DBClusterParameterGroupNameMessage$
];
var ResetDBParameterGroup$ = [
  9,
  n0,
  _RDBPG,
  0,
  () => ResetDBParameterGroupMessage$,
  () => DBParameterGroupNameMessage$
];
var RestoreDBClusterFromS3$ = [
  9,
  n0,
  _RDBCFS,
  0,
  () => RestoreDBClusterFromS3Message$,
  () => RestoreDBClusterFromS3Result$
];
var RestoreDBClusterFromSnapshot$ = [
  9,
  n0,
  _RDBCFSe,
  0,
  () => RestoreDBClusterFromSnapshotMessage$,
  () => RestoreDBClusterFromSnapshotResult$
];
var RestoreDBClusterToPointInTime$ = [
  9,
  n0,
  _RDBCTPIT,
  0,
  () => RestoreDBClusterToPointInTimeMessage$,
  () => RestoreDBClusterToPointInTimeResult$
];
var RestoreDBInstanceFromDBSnapshot$ = [
  9,
  n0,
  _RDBIFDBS,
  0,
  () => RestoreDBInstanceFromDBSnapshotMessage$,
  () => RestoreDBInstanceFromDBSnapshotResult$
];
var RestoreDBInstanceFromS3$ = [
  9,
  n0,
  _RDBIFS,
  0,
  () => RestoreDBInstanceFromS3Message$,
  () => RestoreDBInstanceFromS3Result$
];
var RestoreDBInstanceToPointInTime$ = [
  9,
  n0,
  _RDBITPIT,
  0,
  () => RestoreDBInstanceToPointInTimeMessage$,
  () => RestoreDBInstanceToPointInTimeResult$
];
var RevokeDBSecurityGroupIngress$ = [
  9,
  n0,
  _RDBSGI,
  0,
  () => RevokeDBSecurityGroupIngressMessage$,
  () => RevokeDBSecurityGroupIngressResult$
];
var StartActivityStream$ = [
  9,
  n0,
  _SAS,
  0,
  () => StartActivityStreamRequest$,
  () => StartActivityStreamResponse$
];
var StartDBCluster$ = [
  9,
  n0,
  _SDBC,
  0,
  () => StartDBClusterMessage$,
  () => StartDBClusterResult$
];
var StartDBInstance$ = [
  9,
  n0,
  _SDBI,
  0,
  () => StartDBInstanceMessage$,
  () => StartDBInstanceResult$
];
var StartDBInstanceAutomatedBackupsReplication$ = [
  9,
  n0,
  _SDBIABRt,
  0,
  () => StartDBInstanceAutomatedBackupsReplicationMessage$,
  () => StartDBInstanceAutomatedBackupsReplicationResult$
];
var StartExportTask$ = [
  9,
  n0,
  _SETt,
  0,
  () => StartExportTaskMessage$,
  () => ExportTask$
];
var StopActivityStream$ = [
  9,
  n0,
  _SASt,
  0,
  () => StopActivityStreamRequest$,
  () => StopActivityStreamResponse$
];
var StopDBCluster$ = [
  9,
  n0,
  _SDBCt,
  0,
  () => StopDBClusterMessage$,
  () => StopDBClusterResult$
];
var StopDBInstance$ = [
  9,
  n0,
  _SDBIt,
  0,
  () => StopDBInstanceMessage$,
  () => StopDBInstanceResult$
];
var StopDBInstanceAutomatedBackupsReplication$ = [
  9,
  n0,
  _SDBIABRto,
  0,
  () => StopDBInstanceAutomatedBackupsReplicationMessage$,
  () => StopDBInstanceAutomatedBackupsReplicationResult$
];
var SwitchoverBlueGreenDeployment$ = [
  9,
  n0,
  _SBGD,
  0,
  () => SwitchoverBlueGreenDeploymentRequest$,
  () => SwitchoverBlueGreenDeploymentResponse$
];
var SwitchoverGlobalCluster$ = [
  9,
  n0,
  _SGC,
  0,
  () => SwitchoverGlobalClusterMessage$,
  () => SwitchoverGlobalClusterResult$
];
var SwitchoverReadReplica$ = [
  9,
  n0,
  _SRRw,
  0,
  () => SwitchoverReadReplicaMessage$,
  () => SwitchoverReadReplicaResult$
];

// node_modules/@aws-sdk/client-rds/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2014-10-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRDSHttpAuthSchemeProvider,
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
      defaultNamespace: "com.amazonaws.rds",
      errorTypeRegistries,
      xmlNamespace: "http://rds.amazonaws.com/doc/2014-10-31/",
      version: "2014-10-31",
      serviceTarget: "AmazonRDSv19"
    },
    serviceId: config?.serviceId ?? "RDS",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-rds/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-rds/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-rds/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-rds/dist-es/RDSClient.js
var RDSClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultRDSHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/core/dist-es/submodules/util/util-format-url/format-url.js
function formatUrl(request) {
  const { port, query } = request;
  let { protocol, path, hostname } = request;
  if (protocol && protocol.slice(-1) !== ":") {
    protocol += ":";
  }
  if (port) {
    hostname += `:${port}`;
  }
  if (path && path.charAt(0) !== "/") {
    path = `/${path}`;
  }
  let queryString = query ? buildQueryString(query) : "";
  if (queryString && queryString[0] !== "?") {
    queryString = `?${queryString}`;
  }
  let auth = "";
  if (request.username != null || request.password != null) {
    const username = request.username ?? "";
    const password = request.password ?? "";
    auth = `${username}:${password}@`;
  }
  let fragment = "";
  if (request.fragment) {
    fragment = `#${request.fragment}`;
  }
  return `${protocol}//${auth}${hostname}${path}${queryString}${fragment}`;
}

// node_modules/@aws-sdk/middleware-sdk-rds/dist-es/index.js
var regARN = /arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?/;
var sourceIdToCommandKeyMap = {
  SourceDBSnapshotIdentifier: "CopyDBSnapshot",
  SourceDBInstanceIdentifier: "CreateDBInstanceReadReplica",
  ReplicationSourceIdentifier: "CreateDBCluster",
  SourceDBClusterSnapshotIdentifier: "CopyDBClusterSnapshot",
  SourceDBInstanceArn: "StartDBInstanceAutomatedBackupsReplication"
};
var version = "2014-10-31";
function crossRegionPresignedUrlMiddleware(options) {
  return (next, context) => async (args) => {
    const { input } = args;
    const region = await options.region();
    const sourceIdKey = Object.keys(sourceIdToCommandKeyMap).filter((sourceKeyId) => input.hasOwnProperty(sourceKeyId))[0];
    if (!sourceIdKey) {
      return next(args);
    }
    const command2 = sourceIdToCommandKeyMap[sourceIdKey];
    if (!input.PreSignedUrl && isARN(input[sourceIdKey]) && region !== getEndpointFromARN(input[sourceIdKey])) {
      const sourceRegion = getEndpointFromARN(input[sourceIdKey]);
      let resolvedEndpoint;
      if (typeof options.endpoint === "function") {
        resolvedEndpoint = await options.endpoint();
      } else {
        resolvedEndpoint = toEndpointV1(context.endpointV2);
      }
      resolvedEndpoint.hostname = `rds.${sourceRegion}.amazonaws.com`;
      const request = new HttpRequest({
        ...resolvedEndpoint,
        protocol: "https",
        headers: {
          host: resolvedEndpoint.hostname
        },
        query: {
          Action: command2,
          Version: version,
          KmsKeyId: input.KmsKeyId,
          DestinationRegion: region,
          [sourceIdKey]: input[sourceIdKey]
        }
      });
      const signer = new SignatureV4({
        credentials: options.credentials,
        region: sourceRegion,
        service: "rds",
        sha256: options.sha256,
        uriEscapePath: options.signingEscapePath
      });
      const presignedRequest = await signer.presign(request, {
        expiresIn: 3600
      });
      args = {
        ...args,
        input: {
          ...args.input,
          PreSignedUrl: formatUrl(presignedRequest)
        }
      };
    }
    return next(args);
  };
}
var crossRegionPresignedUrlMiddlewareOptions = {
  step: "serialize",
  tags: ["CROSS_REGION_PRESIGNED_URL"],
  name: "crossRegionPresignedUrlMiddleware",
  override: true,
  relation: "after",
  toMiddleware: "endpointV2Middleware"
};
var getCrossRegionPresignedUrlPlugin = (config) => ({
  applyToStack: (clientStack) => {
    clientStack.addRelativeTo(crossRegionPresignedUrlMiddleware(config), crossRegionPresignedUrlMiddlewareOptions);
  }
});
function isARN(id) {
  if (!id) {
    return false;
  }
  return regARN.test(id);
}
function getEndpointFromARN(arn) {
  const arnArr = arn.split(":");
  if (arnArr.length < 4) {
    throw new Error(`Cannot infer endpoint from '${arn}'`);
  }
  return arnArr[3];
}

// node_modules/@aws-sdk/client-rds/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonRDSv19", "RDSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];
var _mw1 = (Command2, cs, config, o) => [
  getCrossRegionPresignedUrlPlugin(config)
];

// node_modules/@aws-sdk/client-rds/dist-es/commands/AddRoleToDBClusterCommand.js
var AddRoleToDBClusterCommand = class extends command(_ep0, _mw0, "AddRoleToDBCluster", AddRoleToDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/AddRoleToDBInstanceCommand.js
var AddRoleToDBInstanceCommand = class extends command(_ep0, _mw0, "AddRoleToDBInstance", AddRoleToDBInstance$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/AddSourceIdentifierToSubscriptionCommand.js
var AddSourceIdentifierToSubscriptionCommand = class extends command(_ep0, _mw0, "AddSourceIdentifierToSubscription", AddSourceIdentifierToSubscription$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/AddTagsToResourceCommand.js
var AddTagsToResourceCommand = class extends command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ApplyPendingMaintenanceActionCommand.js
var ApplyPendingMaintenanceActionCommand = class extends command(_ep0, _mw0, "ApplyPendingMaintenanceAction", ApplyPendingMaintenanceAction$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/AuthorizeDBSecurityGroupIngressCommand.js
var AuthorizeDBSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "AuthorizeDBSecurityGroupIngress", AuthorizeDBSecurityGroupIngress$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/BacktrackDBClusterCommand.js
var BacktrackDBClusterCommand = class extends command(_ep0, _mw0, "BacktrackDBCluster", BacktrackDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CancelExportTaskCommand.js
var CancelExportTaskCommand = class extends command(_ep0, _mw0, "CancelExportTask", CancelExportTask$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CopyDBClusterParameterGroupCommand.js
var CopyDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "CopyDBClusterParameterGroup", CopyDBClusterParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CopyDBClusterSnapshotCommand.js
var CopyDBClusterSnapshotCommand = class extends command(_ep0, _mw1, "CopyDBClusterSnapshot", CopyDBClusterSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CopyDBParameterGroupCommand.js
var CopyDBParameterGroupCommand = class extends command(_ep0, _mw0, "CopyDBParameterGroup", CopyDBParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CopyDBSnapshotCommand.js
var CopyDBSnapshotCommand = class extends command(_ep0, _mw1, "CopyDBSnapshot", CopyDBSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CopyOptionGroupCommand.js
var CopyOptionGroupCommand = class extends command(_ep0, _mw0, "CopyOptionGroup", CopyOptionGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateBlueGreenDeploymentCommand.js
var CreateBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "CreateBlueGreenDeployment", CreateBlueGreenDeployment$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateCustomDBEngineVersionCommand.js
var CreateCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "CreateCustomDBEngineVersion", CreateCustomDBEngineVersion$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBClusterCommand.js
var CreateDBClusterCommand = class extends command(_ep0, _mw1, "CreateDBCluster", CreateDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBClusterEndpointCommand.js
var CreateDBClusterEndpointCommand = class extends command(_ep0, _mw0, "CreateDBClusterEndpoint", CreateDBClusterEndpoint$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBClusterParameterGroupCommand.js
var CreateDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "CreateDBClusterParameterGroup", CreateDBClusterParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBClusterSnapshotCommand.js
var CreateDBClusterSnapshotCommand = class extends command(_ep0, _mw0, "CreateDBClusterSnapshot", CreateDBClusterSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBInstanceCommand.js
var CreateDBInstanceCommand = class extends command(_ep0, _mw0, "CreateDBInstance", CreateDBInstance$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBInstanceReadReplicaCommand.js
var CreateDBInstanceReadReplicaCommand = class extends command(_ep0, _mw1, "CreateDBInstanceReadReplica", CreateDBInstanceReadReplica$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBParameterGroupCommand.js
var CreateDBParameterGroupCommand = class extends command(_ep0, _mw0, "CreateDBParameterGroup", CreateDBParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBProxyCommand.js
var CreateDBProxyCommand = class extends command(_ep0, _mw0, "CreateDBProxy", CreateDBProxy$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBProxyEndpointCommand.js
var CreateDBProxyEndpointCommand = class extends command(_ep0, _mw0, "CreateDBProxyEndpoint", CreateDBProxyEndpoint$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBSecurityGroupCommand.js
var CreateDBSecurityGroupCommand = class extends command(_ep0, _mw0, "CreateDBSecurityGroup", CreateDBSecurityGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBShardGroupCommand.js
var CreateDBShardGroupCommand = class extends command(_ep0, _mw0, "CreateDBShardGroup", CreateDBShardGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBSnapshotCommand.js
var CreateDBSnapshotCommand = class extends command(_ep0, _mw0, "CreateDBSnapshot", CreateDBSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateDBSubnetGroupCommand.js
var CreateDBSubnetGroupCommand = class extends command(_ep0, _mw0, "CreateDBSubnetGroup", CreateDBSubnetGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateEventSubscriptionCommand.js
var CreateEventSubscriptionCommand = class extends command(_ep0, _mw0, "CreateEventSubscription", CreateEventSubscription$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateGlobalClusterCommand.js
var CreateGlobalClusterCommand = class extends command(_ep0, _mw0, "CreateGlobalCluster", CreateGlobalCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateIntegrationCommand.js
var CreateIntegrationCommand = class extends command(_ep0, _mw0, "CreateIntegration", CreateIntegration$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateOptionGroupCommand.js
var CreateOptionGroupCommand = class extends command(_ep0, _mw0, "CreateOptionGroup", CreateOptionGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/CreateTenantDatabaseCommand.js
var CreateTenantDatabaseCommand = class extends command(_ep0, _mw0, "CreateTenantDatabase", CreateTenantDatabase$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteBlueGreenDeploymentCommand.js
var DeleteBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "DeleteBlueGreenDeployment", DeleteBlueGreenDeployment$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteCustomDBEngineVersionCommand.js
var DeleteCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "DeleteCustomDBEngineVersion", DeleteCustomDBEngineVersion$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBClusterAutomatedBackupCommand.js
var DeleteDBClusterAutomatedBackupCommand = class extends command(_ep0, _mw0, "DeleteDBClusterAutomatedBackup", DeleteDBClusterAutomatedBackup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBClusterCommand.js
var DeleteDBClusterCommand = class extends command(_ep0, _mw0, "DeleteDBCluster", DeleteDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBClusterEndpointCommand.js
var DeleteDBClusterEndpointCommand = class extends command(_ep0, _mw0, "DeleteDBClusterEndpoint", DeleteDBClusterEndpoint$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBClusterParameterGroupCommand.js
var DeleteDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "DeleteDBClusterParameterGroup", DeleteDBClusterParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBClusterSnapshotCommand.js
var DeleteDBClusterSnapshotCommand = class extends command(_ep0, _mw0, "DeleteDBClusterSnapshot", DeleteDBClusterSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBInstanceAutomatedBackupCommand.js
var DeleteDBInstanceAutomatedBackupCommand = class extends command(_ep0, _mw0, "DeleteDBInstanceAutomatedBackup", DeleteDBInstanceAutomatedBackup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBInstanceCommand.js
var DeleteDBInstanceCommand = class extends command(_ep0, _mw0, "DeleteDBInstance", DeleteDBInstance$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBParameterGroupCommand.js
var DeleteDBParameterGroupCommand = class extends command(_ep0, _mw0, "DeleteDBParameterGroup", DeleteDBParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBProxyCommand.js
var DeleteDBProxyCommand = class extends command(_ep0, _mw0, "DeleteDBProxy", DeleteDBProxy$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBProxyEndpointCommand.js
var DeleteDBProxyEndpointCommand = class extends command(_ep0, _mw0, "DeleteDBProxyEndpoint", DeleteDBProxyEndpoint$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBSecurityGroupCommand.js
var DeleteDBSecurityGroupCommand = class extends command(_ep0, _mw0, "DeleteDBSecurityGroup", DeleteDBSecurityGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBShardGroupCommand.js
var DeleteDBShardGroupCommand = class extends command(_ep0, _mw0, "DeleteDBShardGroup", DeleteDBShardGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBSnapshotCommand.js
var DeleteDBSnapshotCommand = class extends command(_ep0, _mw0, "DeleteDBSnapshot", DeleteDBSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteDBSubnetGroupCommand.js
var DeleteDBSubnetGroupCommand = class extends command(_ep0, _mw0, "DeleteDBSubnetGroup", DeleteDBSubnetGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteEventSubscriptionCommand.js
var DeleteEventSubscriptionCommand = class extends command(_ep0, _mw0, "DeleteEventSubscription", DeleteEventSubscription$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteGlobalClusterCommand.js
var DeleteGlobalClusterCommand = class extends command(_ep0, _mw0, "DeleteGlobalCluster", DeleteGlobalCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteIntegrationCommand.js
var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteOptionGroupCommand.js
var DeleteOptionGroupCommand = class extends command(_ep0, _mw0, "DeleteOptionGroup", DeleteOptionGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeleteTenantDatabaseCommand.js
var DeleteTenantDatabaseCommand = class extends command(_ep0, _mw0, "DeleteTenantDatabase", DeleteTenantDatabase$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DeregisterDBProxyTargetsCommand.js
var DeregisterDBProxyTargetsCommand = class extends command(_ep0, _mw0, "DeregisterDBProxyTargets", DeregisterDBProxyTargets$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeAccountAttributesCommand.js
var DescribeAccountAttributesCommand = class extends command(_ep0, _mw0, "DescribeAccountAttributes", DescribeAccountAttributes$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeBlueGreenDeploymentsCommand.js
var DescribeBlueGreenDeploymentsCommand = class extends command(_ep0, _mw0, "DescribeBlueGreenDeployments", DescribeBlueGreenDeployments$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeCertificatesCommand.js
var DescribeCertificatesCommand = class extends command(_ep0, _mw0, "DescribeCertificates", DescribeCertificates$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBClusterAutomatedBackupsCommand.js
var DescribeDBClusterAutomatedBackupsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterAutomatedBackups", DescribeDBClusterAutomatedBackups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBClusterBacktracksCommand.js
var DescribeDBClusterBacktracksCommand = class extends command(_ep0, _mw0, "DescribeDBClusterBacktracks", DescribeDBClusterBacktracks$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBClusterEndpointsCommand.js
var DescribeDBClusterEndpointsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterEndpoints", DescribeDBClusterEndpoints$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBClusterParameterGroupsCommand.js
var DescribeDBClusterParameterGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterParameterGroups", DescribeDBClusterParameterGroups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBClusterParametersCommand.js
var DescribeDBClusterParametersCommand = class extends command(_ep0, _mw0, "DescribeDBClusterParameters", DescribeDBClusterParameters$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBClustersCommand.js
var DescribeDBClustersCommand = class extends command(_ep0, _mw0, "DescribeDBClusters", DescribeDBClusters$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBClusterSnapshotAttributesCommand.js
var DescribeDBClusterSnapshotAttributesCommand = class extends command(_ep0, _mw0, "DescribeDBClusterSnapshotAttributes", DescribeDBClusterSnapshotAttributes$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBClusterSnapshotsCommand.js
var DescribeDBClusterSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterSnapshots", DescribeDBClusterSnapshots$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBEngineVersionsCommand.js
var DescribeDBEngineVersionsCommand = class extends command(_ep0, _mw0, "DescribeDBEngineVersions", DescribeDBEngineVersions$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBInstanceAutomatedBackupsCommand.js
var DescribeDBInstanceAutomatedBackupsCommand = class extends command(_ep0, _mw0, "DescribeDBInstanceAutomatedBackups", DescribeDBInstanceAutomatedBackups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBInstancesCommand.js
var DescribeDBInstancesCommand = class extends command(_ep0, _mw0, "DescribeDBInstances", DescribeDBInstances$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBLogFilesCommand.js
var DescribeDBLogFilesCommand = class extends command(_ep0, _mw0, "DescribeDBLogFiles", DescribeDBLogFiles$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBMajorEngineVersionsCommand.js
var DescribeDBMajorEngineVersionsCommand = class extends command(_ep0, _mw0, "DescribeDBMajorEngineVersions", DescribeDBMajorEngineVersions$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBParameterGroupsCommand.js
var DescribeDBParameterGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBParameterGroups", DescribeDBParameterGroups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBParametersCommand.js
var DescribeDBParametersCommand = class extends command(_ep0, _mw0, "DescribeDBParameters", DescribeDBParameters$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBProxiesCommand.js
var DescribeDBProxiesCommand = class extends command(_ep0, _mw0, "DescribeDBProxies", DescribeDBProxies$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBProxyEndpointsCommand.js
var DescribeDBProxyEndpointsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyEndpoints", DescribeDBProxyEndpoints$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBProxyTargetGroupsCommand.js
var DescribeDBProxyTargetGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyTargetGroups", DescribeDBProxyTargetGroups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBProxyTargetsCommand.js
var DescribeDBProxyTargetsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyTargets", DescribeDBProxyTargets$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBRecommendationsCommand.js
var DescribeDBRecommendationsCommand = class extends command(_ep0, _mw0, "DescribeDBRecommendations", DescribeDBRecommendations$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBSecurityGroupsCommand.js
var DescribeDBSecurityGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBSecurityGroups", DescribeDBSecurityGroups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBShardGroupsCommand.js
var DescribeDBShardGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBShardGroups", DescribeDBShardGroups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBSnapshotAttributesCommand.js
var DescribeDBSnapshotAttributesCommand = class extends command(_ep0, _mw0, "DescribeDBSnapshotAttributes", DescribeDBSnapshotAttributes$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBSnapshotsCommand.js
var DescribeDBSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeDBSnapshots", DescribeDBSnapshots$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBSnapshotTenantDatabasesCommand.js
var DescribeDBSnapshotTenantDatabasesCommand = class extends command(_ep0, _mw0, "DescribeDBSnapshotTenantDatabases", DescribeDBSnapshotTenantDatabases$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeDBSubnetGroupsCommand.js
var DescribeDBSubnetGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBSubnetGroups", DescribeDBSubnetGroups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeEngineDefaultClusterParametersCommand.js
var DescribeEngineDefaultClusterParametersCommand = class extends command(_ep0, _mw0, "DescribeEngineDefaultClusterParameters", DescribeEngineDefaultClusterParameters$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeEngineDefaultParametersCommand.js
var DescribeEngineDefaultParametersCommand = class extends command(_ep0, _mw0, "DescribeEngineDefaultParameters", DescribeEngineDefaultParameters$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeEventCategoriesCommand.js
var DescribeEventCategoriesCommand = class extends command(_ep0, _mw0, "DescribeEventCategories", DescribeEventCategories$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeEventsCommand.js
var DescribeEventsCommand = class extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeEventSubscriptionsCommand.js
var DescribeEventSubscriptionsCommand = class extends command(_ep0, _mw0, "DescribeEventSubscriptions", DescribeEventSubscriptions$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeExportTasksCommand.js
var DescribeExportTasksCommand = class extends command(_ep0, _mw0, "DescribeExportTasks", DescribeExportTasks$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeGlobalClustersCommand.js
var DescribeGlobalClustersCommand = class extends command(_ep0, _mw0, "DescribeGlobalClusters", DescribeGlobalClusters$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeIntegrationsCommand.js
var DescribeIntegrationsCommand = class extends command(_ep0, _mw0, "DescribeIntegrations", DescribeIntegrations$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeOptionGroupOptionsCommand.js
var DescribeOptionGroupOptionsCommand = class extends command(_ep0, _mw0, "DescribeOptionGroupOptions", DescribeOptionGroupOptions$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeOptionGroupsCommand.js
var DescribeOptionGroupsCommand = class extends command(_ep0, _mw0, "DescribeOptionGroups", DescribeOptionGroups$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeOrderableDBInstanceOptionsCommand.js
var DescribeOrderableDBInstanceOptionsCommand = class extends command(_ep0, _mw0, "DescribeOrderableDBInstanceOptions", DescribeOrderableDBInstanceOptions$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribePendingMaintenanceActionsCommand.js
var DescribePendingMaintenanceActionsCommand = class extends command(_ep0, _mw0, "DescribePendingMaintenanceActions", DescribePendingMaintenanceActions$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeReservedDBInstancesCommand.js
var DescribeReservedDBInstancesCommand = class extends command(_ep0, _mw0, "DescribeReservedDBInstances", DescribeReservedDBInstances$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeReservedDBInstancesOfferingsCommand.js
var DescribeReservedDBInstancesOfferingsCommand = class extends command(_ep0, _mw0, "DescribeReservedDBInstancesOfferings", DescribeReservedDBInstancesOfferings$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeServerlessV2PlatformVersionsCommand.js
var DescribeServerlessV2PlatformVersionsCommand = class extends command(_ep0, _mw0, "DescribeServerlessV2PlatformVersions", DescribeServerlessV2PlatformVersions$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeSourceRegionsCommand.js
var DescribeSourceRegionsCommand = class extends command(_ep0, _mw0, "DescribeSourceRegions", DescribeSourceRegions$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeTenantDatabasesCommand.js
var DescribeTenantDatabasesCommand = class extends command(_ep0, _mw0, "DescribeTenantDatabases", DescribeTenantDatabases$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DescribeValidDBInstanceModificationsCommand.js
var DescribeValidDBInstanceModificationsCommand = class extends command(_ep0, _mw0, "DescribeValidDBInstanceModifications", DescribeValidDBInstanceModifications$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DisableHttpEndpointCommand.js
var DisableHttpEndpointCommand = class extends command(_ep0, _mw0, "DisableHttpEndpoint", DisableHttpEndpoint$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/DownloadDBLogFilePortionCommand.js
var DownloadDBLogFilePortionCommand = class extends command(_ep0, _mw0, "DownloadDBLogFilePortion", DownloadDBLogFilePortion$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/EnableHttpEndpointCommand.js
var EnableHttpEndpointCommand = class extends command(_ep0, _mw0, "EnableHttpEndpoint", EnableHttpEndpoint$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/FailoverDBClusterCommand.js
var FailoverDBClusterCommand = class extends command(_ep0, _mw0, "FailoverDBCluster", FailoverDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/FailoverGlobalClusterCommand.js
var FailoverGlobalClusterCommand = class extends command(_ep0, _mw0, "FailoverGlobalCluster", FailoverGlobalCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyActivityStreamCommand.js
var ModifyActivityStreamCommand = class extends command(_ep0, _mw0, "ModifyActivityStream", ModifyActivityStream$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyCertificatesCommand.js
var ModifyCertificatesCommand = class extends command(_ep0, _mw0, "ModifyCertificates", ModifyCertificates$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyCurrentDBClusterCapacityCommand.js
var ModifyCurrentDBClusterCapacityCommand = class extends command(_ep0, _mw0, "ModifyCurrentDBClusterCapacity", ModifyCurrentDBClusterCapacity$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyCustomDBEngineVersionCommand.js
var ModifyCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "ModifyCustomDBEngineVersion", ModifyCustomDBEngineVersion$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBClusterCommand.js
var ModifyDBClusterCommand = class extends command(_ep0, _mw0, "ModifyDBCluster", ModifyDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBClusterEndpointCommand.js
var ModifyDBClusterEndpointCommand = class extends command(_ep0, _mw0, "ModifyDBClusterEndpoint", ModifyDBClusterEndpoint$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBClusterParameterGroupCommand.js
var ModifyDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "ModifyDBClusterParameterGroup", ModifyDBClusterParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBClusterSnapshotAttributeCommand.js
var ModifyDBClusterSnapshotAttributeCommand = class extends command(_ep0, _mw0, "ModifyDBClusterSnapshotAttribute", ModifyDBClusterSnapshotAttribute$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBInstanceCommand.js
var ModifyDBInstanceCommand = class extends command(_ep0, _mw0, "ModifyDBInstance", ModifyDBInstance$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBParameterGroupCommand.js
var ModifyDBParameterGroupCommand = class extends command(_ep0, _mw0, "ModifyDBParameterGroup", ModifyDBParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBProxyCommand.js
var ModifyDBProxyCommand = class extends command(_ep0, _mw0, "ModifyDBProxy", ModifyDBProxy$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBProxyEndpointCommand.js
var ModifyDBProxyEndpointCommand = class extends command(_ep0, _mw0, "ModifyDBProxyEndpoint", ModifyDBProxyEndpoint$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBProxyTargetGroupCommand.js
var ModifyDBProxyTargetGroupCommand = class extends command(_ep0, _mw0, "ModifyDBProxyTargetGroup", ModifyDBProxyTargetGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBRecommendationCommand.js
var ModifyDBRecommendationCommand = class extends command(_ep0, _mw0, "ModifyDBRecommendation", ModifyDBRecommendation$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBShardGroupCommand.js
var ModifyDBShardGroupCommand = class extends command(_ep0, _mw0, "ModifyDBShardGroup", ModifyDBShardGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBSnapshotAttributeCommand.js
var ModifyDBSnapshotAttributeCommand = class extends command(_ep0, _mw0, "ModifyDBSnapshotAttribute", ModifyDBSnapshotAttribute$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBSnapshotCommand.js
var ModifyDBSnapshotCommand = class extends command(_ep0, _mw0, "ModifyDBSnapshot", ModifyDBSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyDBSubnetGroupCommand.js
var ModifyDBSubnetGroupCommand = class extends command(_ep0, _mw0, "ModifyDBSubnetGroup", ModifyDBSubnetGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyEventSubscriptionCommand.js
var ModifyEventSubscriptionCommand = class extends command(_ep0, _mw0, "ModifyEventSubscription", ModifyEventSubscription$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyGlobalClusterCommand.js
var ModifyGlobalClusterCommand = class extends command(_ep0, _mw0, "ModifyGlobalCluster", ModifyGlobalCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyIntegrationCommand.js
var ModifyIntegrationCommand = class extends command(_ep0, _mw0, "ModifyIntegration", ModifyIntegration$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyOptionGroupCommand.js
var ModifyOptionGroupCommand = class extends command(_ep0, _mw0, "ModifyOptionGroup", ModifyOptionGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ModifyTenantDatabaseCommand.js
var ModifyTenantDatabaseCommand = class extends command(_ep0, _mw0, "ModifyTenantDatabase", ModifyTenantDatabase$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/PromoteReadReplicaCommand.js
var PromoteReadReplicaCommand = class extends command(_ep0, _mw0, "PromoteReadReplica", PromoteReadReplica$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/PromoteReadReplicaDBClusterCommand.js
var PromoteReadReplicaDBClusterCommand = class extends command(_ep0, _mw0, "PromoteReadReplicaDBCluster", PromoteReadReplicaDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/PurchaseReservedDBInstancesOfferingCommand.js
var PurchaseReservedDBInstancesOfferingCommand = class extends command(_ep0, _mw0, "PurchaseReservedDBInstancesOffering", PurchaseReservedDBInstancesOffering$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RebootDBClusterCommand.js
var RebootDBClusterCommand = class extends command(_ep0, _mw0, "RebootDBCluster", RebootDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RebootDBInstanceCommand.js
var RebootDBInstanceCommand = class extends command(_ep0, _mw0, "RebootDBInstance", RebootDBInstance$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RebootDBShardGroupCommand.js
var RebootDBShardGroupCommand = class extends command(_ep0, _mw0, "RebootDBShardGroup", RebootDBShardGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RegisterDBProxyTargetsCommand.js
var RegisterDBProxyTargetsCommand = class extends command(_ep0, _mw0, "RegisterDBProxyTargets", RegisterDBProxyTargets$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RemoveFromGlobalClusterCommand.js
var RemoveFromGlobalClusterCommand = class extends command(_ep0, _mw0, "RemoveFromGlobalCluster", RemoveFromGlobalCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RemoveRoleFromDBClusterCommand.js
var RemoveRoleFromDBClusterCommand = class extends command(_ep0, _mw0, "RemoveRoleFromDBCluster", RemoveRoleFromDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RemoveRoleFromDBInstanceCommand.js
var RemoveRoleFromDBInstanceCommand = class extends command(_ep0, _mw0, "RemoveRoleFromDBInstance", RemoveRoleFromDBInstance$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RemoveSourceIdentifierFromSubscriptionCommand.js
var RemoveSourceIdentifierFromSubscriptionCommand = class extends command(_ep0, _mw0, "RemoveSourceIdentifierFromSubscription", RemoveSourceIdentifierFromSubscription$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RemoveTagsFromResourceCommand.js
var RemoveTagsFromResourceCommand = class extends command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ResetDBClusterParameterGroupCommand.js
var ResetDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "ResetDBClusterParameterGroup", ResetDBClusterParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/ResetDBParameterGroupCommand.js
var ResetDBParameterGroupCommand = class extends command(_ep0, _mw0, "ResetDBParameterGroup", ResetDBParameterGroup$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RestoreDBClusterFromS3Command.js
var RestoreDBClusterFromS3Command = class extends command(_ep0, _mw0, "RestoreDBClusterFromS3", RestoreDBClusterFromS3$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RestoreDBClusterFromSnapshotCommand.js
var RestoreDBClusterFromSnapshotCommand = class extends command(_ep0, _mw0, "RestoreDBClusterFromSnapshot", RestoreDBClusterFromSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RestoreDBClusterToPointInTimeCommand.js
var RestoreDBClusterToPointInTimeCommand = class extends command(_ep0, _mw0, "RestoreDBClusterToPointInTime", RestoreDBClusterToPointInTime$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RestoreDBInstanceFromDBSnapshotCommand.js
var RestoreDBInstanceFromDBSnapshotCommand = class extends command(_ep0, _mw0, "RestoreDBInstanceFromDBSnapshot", RestoreDBInstanceFromDBSnapshot$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RestoreDBInstanceFromS3Command.js
var RestoreDBInstanceFromS3Command = class extends command(_ep0, _mw0, "RestoreDBInstanceFromS3", RestoreDBInstanceFromS3$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RestoreDBInstanceToPointInTimeCommand.js
var RestoreDBInstanceToPointInTimeCommand = class extends command(_ep0, _mw0, "RestoreDBInstanceToPointInTime", RestoreDBInstanceToPointInTime$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/RevokeDBSecurityGroupIngressCommand.js
var RevokeDBSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "RevokeDBSecurityGroupIngress", RevokeDBSecurityGroupIngress$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StartActivityStreamCommand.js
var StartActivityStreamCommand = class extends command(_ep0, _mw0, "StartActivityStream", StartActivityStream$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StartDBClusterCommand.js
var StartDBClusterCommand = class extends command(_ep0, _mw0, "StartDBCluster", StartDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StartDBInstanceAutomatedBackupsReplicationCommand.js
var StartDBInstanceAutomatedBackupsReplicationCommand = class extends command(_ep0, _mw1, "StartDBInstanceAutomatedBackupsReplication", StartDBInstanceAutomatedBackupsReplication$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StartDBInstanceCommand.js
var StartDBInstanceCommand = class extends command(_ep0, _mw0, "StartDBInstance", StartDBInstance$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StartExportTaskCommand.js
var StartExportTaskCommand = class extends command(_ep0, _mw0, "StartExportTask", StartExportTask$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StopActivityStreamCommand.js
var StopActivityStreamCommand = class extends command(_ep0, _mw0, "StopActivityStream", StopActivityStream$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StopDBClusterCommand.js
var StopDBClusterCommand = class extends command(_ep0, _mw0, "StopDBCluster", StopDBCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StopDBInstanceAutomatedBackupsReplicationCommand.js
var StopDBInstanceAutomatedBackupsReplicationCommand = class extends command(_ep0, _mw0, "StopDBInstanceAutomatedBackupsReplication", StopDBInstanceAutomatedBackupsReplication$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/StopDBInstanceCommand.js
var StopDBInstanceCommand = class extends command(_ep0, _mw0, "StopDBInstance", StopDBInstance$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/SwitchoverBlueGreenDeploymentCommand.js
var SwitchoverBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "SwitchoverBlueGreenDeployment", SwitchoverBlueGreenDeployment$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/SwitchoverGlobalClusterCommand.js
var SwitchoverGlobalClusterCommand = class extends command(_ep0, _mw0, "SwitchoverGlobalCluster", SwitchoverGlobalCluster$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/commands/SwitchoverReadReplicaCommand.js
var SwitchoverReadReplicaCommand = class extends command(_ep0, _mw0, "SwitchoverReadReplica", SwitchoverReadReplica$) {
};

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeBlueGreenDeploymentsPaginator.js
var paginateDescribeBlueGreenDeployments = createPaginator(RDSClient, DescribeBlueGreenDeploymentsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeCertificatesPaginator.js
var paginateDescribeCertificates = createPaginator(RDSClient, DescribeCertificatesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBClusterAutomatedBackupsPaginator.js
var paginateDescribeDBClusterAutomatedBackups = createPaginator(RDSClient, DescribeDBClusterAutomatedBackupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBClusterBacktracksPaginator.js
var paginateDescribeDBClusterBacktracks = createPaginator(RDSClient, DescribeDBClusterBacktracksCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBClusterEndpointsPaginator.js
var paginateDescribeDBClusterEndpoints = createPaginator(RDSClient, DescribeDBClusterEndpointsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBClusterParameterGroupsPaginator.js
var paginateDescribeDBClusterParameterGroups = createPaginator(RDSClient, DescribeDBClusterParameterGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBClusterParametersPaginator.js
var paginateDescribeDBClusterParameters = createPaginator(RDSClient, DescribeDBClusterParametersCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBClusterSnapshotsPaginator.js
var paginateDescribeDBClusterSnapshots = createPaginator(RDSClient, DescribeDBClusterSnapshotsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBClustersPaginator.js
var paginateDescribeDBClusters = createPaginator(RDSClient, DescribeDBClustersCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBEngineVersionsPaginator.js
var paginateDescribeDBEngineVersions = createPaginator(RDSClient, DescribeDBEngineVersionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBInstanceAutomatedBackupsPaginator.js
var paginateDescribeDBInstanceAutomatedBackups = createPaginator(RDSClient, DescribeDBInstanceAutomatedBackupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBInstancesPaginator.js
var paginateDescribeDBInstances = createPaginator(RDSClient, DescribeDBInstancesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBLogFilesPaginator.js
var paginateDescribeDBLogFiles = createPaginator(RDSClient, DescribeDBLogFilesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBMajorEngineVersionsPaginator.js
var paginateDescribeDBMajorEngineVersions = createPaginator(RDSClient, DescribeDBMajorEngineVersionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBParameterGroupsPaginator.js
var paginateDescribeDBParameterGroups = createPaginator(RDSClient, DescribeDBParameterGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBParametersPaginator.js
var paginateDescribeDBParameters = createPaginator(RDSClient, DescribeDBParametersCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBProxiesPaginator.js
var paginateDescribeDBProxies = createPaginator(RDSClient, DescribeDBProxiesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBProxyEndpointsPaginator.js
var paginateDescribeDBProxyEndpoints = createPaginator(RDSClient, DescribeDBProxyEndpointsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBProxyTargetGroupsPaginator.js
var paginateDescribeDBProxyTargetGroups = createPaginator(RDSClient, DescribeDBProxyTargetGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBProxyTargetsPaginator.js
var paginateDescribeDBProxyTargets = createPaginator(RDSClient, DescribeDBProxyTargetsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBRecommendationsPaginator.js
var paginateDescribeDBRecommendations = createPaginator(RDSClient, DescribeDBRecommendationsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBSecurityGroupsPaginator.js
var paginateDescribeDBSecurityGroups = createPaginator(RDSClient, DescribeDBSecurityGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBSnapshotsPaginator.js
var paginateDescribeDBSnapshots = createPaginator(RDSClient, DescribeDBSnapshotsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBSnapshotTenantDatabasesPaginator.js
var paginateDescribeDBSnapshotTenantDatabases = createPaginator(RDSClient, DescribeDBSnapshotTenantDatabasesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeDBSubnetGroupsPaginator.js
var paginateDescribeDBSubnetGroups = createPaginator(RDSClient, DescribeDBSubnetGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeEngineDefaultClusterParametersPaginator.js
var paginateDescribeEngineDefaultClusterParameters = createPaginator(RDSClient, DescribeEngineDefaultClusterParametersCommand, "Marker", "EngineDefaults.Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeEngineDefaultParametersPaginator.js
var paginateDescribeEngineDefaultParameters = createPaginator(RDSClient, DescribeEngineDefaultParametersCommand, "Marker", "EngineDefaults.Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeEventsPaginator.js
var paginateDescribeEvents = createPaginator(RDSClient, DescribeEventsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeEventSubscriptionsPaginator.js
var paginateDescribeEventSubscriptions = createPaginator(RDSClient, DescribeEventSubscriptionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeExportTasksPaginator.js
var paginateDescribeExportTasks = createPaginator(RDSClient, DescribeExportTasksCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeGlobalClustersPaginator.js
var paginateDescribeGlobalClusters = createPaginator(RDSClient, DescribeGlobalClustersCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeIntegrationsPaginator.js
var paginateDescribeIntegrations = createPaginator(RDSClient, DescribeIntegrationsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeOptionGroupOptionsPaginator.js
var paginateDescribeOptionGroupOptions = createPaginator(RDSClient, DescribeOptionGroupOptionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeOptionGroupsPaginator.js
var paginateDescribeOptionGroups = createPaginator(RDSClient, DescribeOptionGroupsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeOrderableDBInstanceOptionsPaginator.js
var paginateDescribeOrderableDBInstanceOptions = createPaginator(RDSClient, DescribeOrderableDBInstanceOptionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribePendingMaintenanceActionsPaginator.js
var paginateDescribePendingMaintenanceActions = createPaginator(RDSClient, DescribePendingMaintenanceActionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeReservedDBInstancesOfferingsPaginator.js
var paginateDescribeReservedDBInstancesOfferings = createPaginator(RDSClient, DescribeReservedDBInstancesOfferingsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeReservedDBInstancesPaginator.js
var paginateDescribeReservedDBInstances = createPaginator(RDSClient, DescribeReservedDBInstancesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeServerlessV2PlatformVersionsPaginator.js
var paginateDescribeServerlessV2PlatformVersions = createPaginator(RDSClient, DescribeServerlessV2PlatformVersionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeSourceRegionsPaginator.js
var paginateDescribeSourceRegions = createPaginator(RDSClient, DescribeSourceRegionsCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DescribeTenantDatabasesPaginator.js
var paginateDescribeTenantDatabases = createPaginator(RDSClient, DescribeTenantDatabasesCommand, "Marker", "Marker", "MaxRecords");

// node_modules/@aws-sdk/client-rds/dist-es/pagination/DownloadDBLogFilePortionPaginator.js
var paginateDownloadDBLogFilePortion = createPaginator(RDSClient, DownloadDBLogFilePortionCommand, "Marker", "Marker", "NumberOfLines");

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForDBClusterAvailable.js
var checkState = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeDBClustersCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusters);
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
        let flat_1 = [].concat(...result.DBClusters);
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
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "failed") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-restore") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-parameters") {
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
var waitForDBClusterAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
var waitUntilDBClusterAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForDBClusterDeleted.js
var checkState2 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeDBClustersCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.DBClusters.length == 0;
      };
      if (returnComparator() == true) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "rebooting") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusters);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "resetting-master-credentials") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "DBClusterNotFoundFault") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForDBClusterDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
};
var waitUntilDBClusterDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForDBClusterSnapshotAvailable.js
var checkState3 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeDBClusterSnapshotsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusterSnapshots);
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
        let flat_1 = [].concat(...result.DBClusterSnapshots);
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
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusterSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBClusterSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "failed") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusterSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-restore") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusterSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-parameters") {
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
var waitForDBClusterSnapshotAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState3);
};
var waitUntilDBClusterSnapshotAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState3);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForDBClusterSnapshotDeleted.js
var checkState4 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeDBClusterSnapshotsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.DBClusterSnapshots.length == 0;
      };
      if (returnComparator() == true) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusterSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBClusterSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBClusterSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "rebooting") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBClusterSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "resetting-master-credentials") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "DBClusterSnapshotNotFoundFault") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForDBClusterSnapshotDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState4);
};
var waitUntilDBClusterSnapshotDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState4);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForDBInstanceAvailable.js
var checkState5 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeDBInstancesCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
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
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
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
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
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
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "failed") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-restore") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-parameters") {
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
var waitForDBInstanceAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState5);
};
var waitUntilDBInstanceAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState5);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForDBInstanceDeleted.js
var checkState6 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeDBInstancesCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.DBInstances.length == 0;
      };
      if (returnComparator() == true) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
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
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
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
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "rebooting") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBInstances);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.DBInstanceStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "resetting-master-credentials") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "DBInstanceNotFoundFault") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForDBInstanceDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState6);
};
var waitUntilDBInstanceDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState6);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForDBSnapshotAvailable.js
var checkState7 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeDBSnapshotsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBSnapshots);
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
        let flat_1 = [].concat(...result.DBSnapshots);
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
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "failed") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-restore") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-parameters") {
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
var waitForDBSnapshotAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState7);
};
var waitUntilDBSnapshotAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState7);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForDBSnapshotDeleted.js
var checkState8 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeDBSnapshotsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.DBSnapshots.length == 0;
      };
      if (returnComparator() == true) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
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
        let flat_1 = [].concat(...result.DBSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "rebooting") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.DBSnapshots);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "resetting-master-credentials") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "DBSnapshotNotFoundFault") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForDBSnapshotDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState8);
};
var waitUntilDBSnapshotDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState8);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForTenantDatabaseAvailable.js
var checkState9 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeTenantDatabasesCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.TenantDatabases);
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
        let flat_1 = [].concat(...result.TenantDatabases);
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
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.TenantDatabases);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-parameters") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.TenantDatabases);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.Status;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "incompatible-restore") {
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
var waitForTenantDatabaseAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState9);
};
var waitUntilTenantDatabaseAvailable = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState9);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/waiters/waitForTenantDatabaseDeleted.js
var checkState10 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeTenantDatabasesCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.TenantDatabases.length == 0;
      };
      if (returnComparator() == true) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "DBInstanceNotFoundFault") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForTenantDatabaseDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState10);
};
var waitUntilTenantDatabaseDeleted = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState10);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-rds/dist-es/RDS.js
var commands = {
  AddRoleToDBClusterCommand,
  AddRoleToDBInstanceCommand,
  AddSourceIdentifierToSubscriptionCommand,
  AddTagsToResourceCommand,
  ApplyPendingMaintenanceActionCommand,
  AuthorizeDBSecurityGroupIngressCommand,
  BacktrackDBClusterCommand,
  CancelExportTaskCommand,
  CopyDBClusterParameterGroupCommand,
  CopyDBClusterSnapshotCommand,
  CopyDBParameterGroupCommand,
  CopyDBSnapshotCommand,
  CopyOptionGroupCommand,
  CreateBlueGreenDeploymentCommand,
  CreateCustomDBEngineVersionCommand,
  CreateDBClusterCommand,
  CreateDBClusterEndpointCommand,
  CreateDBClusterParameterGroupCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBInstanceReadReplicaCommand,
  CreateDBParameterGroupCommand,
  CreateDBProxyCommand,
  CreateDBProxyEndpointCommand,
  CreateDBSecurityGroupCommand,
  CreateDBShardGroupCommand,
  CreateDBSnapshotCommand,
  CreateDBSubnetGroupCommand,
  CreateEventSubscriptionCommand,
  CreateGlobalClusterCommand,
  CreateIntegrationCommand,
  CreateOptionGroupCommand,
  CreateTenantDatabaseCommand,
  DeleteBlueGreenDeploymentCommand,
  DeleteCustomDBEngineVersionCommand,
  DeleteDBClusterCommand,
  DeleteDBClusterAutomatedBackupCommand,
  DeleteDBClusterEndpointCommand,
  DeleteDBClusterParameterGroupCommand,
  DeleteDBClusterSnapshotCommand,
  DeleteDBInstanceCommand,
  DeleteDBInstanceAutomatedBackupCommand,
  DeleteDBParameterGroupCommand,
  DeleteDBProxyCommand,
  DeleteDBProxyEndpointCommand,
  DeleteDBSecurityGroupCommand,
  DeleteDBShardGroupCommand,
  DeleteDBSnapshotCommand,
  DeleteDBSubnetGroupCommand,
  DeleteEventSubscriptionCommand,
  DeleteGlobalClusterCommand,
  DeleteIntegrationCommand,
  DeleteOptionGroupCommand,
  DeleteTenantDatabaseCommand,
  DeregisterDBProxyTargetsCommand,
  DescribeAccountAttributesCommand,
  DescribeBlueGreenDeploymentsCommand,
  DescribeCertificatesCommand,
  DescribeDBClusterAutomatedBackupsCommand,
  DescribeDBClusterBacktracksCommand,
  DescribeDBClusterEndpointsCommand,
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBClusterParametersCommand,
  DescribeDBClustersCommand,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBEngineVersionsCommand,
  DescribeDBInstanceAutomatedBackupsCommand,
  DescribeDBInstancesCommand,
  DescribeDBLogFilesCommand,
  DescribeDBMajorEngineVersionsCommand,
  DescribeDBParameterGroupsCommand,
  DescribeDBParametersCommand,
  DescribeDBProxiesCommand,
  DescribeDBProxyEndpointsCommand,
  DescribeDBProxyTargetGroupsCommand,
  DescribeDBProxyTargetsCommand,
  DescribeDBRecommendationsCommand,
  DescribeDBSecurityGroupsCommand,
  DescribeDBShardGroupsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  DescribeDBSnapshotTenantDatabasesCommand,
  DescribeDBSubnetGroupsCommand,
  DescribeEngineDefaultClusterParametersCommand,
  DescribeEngineDefaultParametersCommand,
  DescribeEventCategoriesCommand,
  DescribeEventsCommand,
  DescribeEventSubscriptionsCommand,
  DescribeExportTasksCommand,
  DescribeGlobalClustersCommand,
  DescribeIntegrationsCommand,
  DescribeOptionGroupOptionsCommand,
  DescribeOptionGroupsCommand,
  DescribeOrderableDBInstanceOptionsCommand,
  DescribePendingMaintenanceActionsCommand,
  DescribeReservedDBInstancesCommand,
  DescribeReservedDBInstancesOfferingsCommand,
  DescribeServerlessV2PlatformVersionsCommand,
  DescribeSourceRegionsCommand,
  DescribeTenantDatabasesCommand,
  DescribeValidDBInstanceModificationsCommand,
  DisableHttpEndpointCommand,
  DownloadDBLogFilePortionCommand,
  EnableHttpEndpointCommand,
  FailoverDBClusterCommand,
  FailoverGlobalClusterCommand,
  ListTagsForResourceCommand,
  ModifyActivityStreamCommand,
  ModifyCertificatesCommand,
  ModifyCurrentDBClusterCapacityCommand,
  ModifyCustomDBEngineVersionCommand,
  ModifyDBClusterCommand,
  ModifyDBClusterEndpointCommand,
  ModifyDBClusterParameterGroupCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBInstanceCommand,
  ModifyDBParameterGroupCommand,
  ModifyDBProxyCommand,
  ModifyDBProxyEndpointCommand,
  ModifyDBProxyTargetGroupCommand,
  ModifyDBRecommendationCommand,
  ModifyDBShardGroupCommand,
  ModifyDBSnapshotCommand,
  ModifyDBSnapshotAttributeCommand,
  ModifyDBSubnetGroupCommand,
  ModifyEventSubscriptionCommand,
  ModifyGlobalClusterCommand,
  ModifyIntegrationCommand,
  ModifyOptionGroupCommand,
  ModifyTenantDatabaseCommand,
  PromoteReadReplicaCommand,
  PromoteReadReplicaDBClusterCommand,
  PurchaseReservedDBInstancesOfferingCommand,
  RebootDBClusterCommand,
  RebootDBInstanceCommand,
  RebootDBShardGroupCommand,
  RegisterDBProxyTargetsCommand,
  RemoveFromGlobalClusterCommand,
  RemoveRoleFromDBClusterCommand,
  RemoveRoleFromDBInstanceCommand,
  RemoveSourceIdentifierFromSubscriptionCommand,
  RemoveTagsFromResourceCommand,
  ResetDBClusterParameterGroupCommand,
  ResetDBParameterGroupCommand,
  RestoreDBClusterFromS3Command,
  RestoreDBClusterFromSnapshotCommand,
  RestoreDBClusterToPointInTimeCommand,
  RestoreDBInstanceFromDBSnapshotCommand,
  RestoreDBInstanceFromS3Command,
  RestoreDBInstanceToPointInTimeCommand,
  RevokeDBSecurityGroupIngressCommand,
  StartActivityStreamCommand,
  StartDBClusterCommand,
  StartDBInstanceCommand,
  StartDBInstanceAutomatedBackupsReplicationCommand,
  StartExportTaskCommand,
  StopActivityStreamCommand,
  StopDBClusterCommand,
  StopDBInstanceCommand,
  StopDBInstanceAutomatedBackupsReplicationCommand,
  SwitchoverBlueGreenDeploymentCommand,
  SwitchoverGlobalClusterCommand,
  SwitchoverReadReplicaCommand
};
var paginators = {
  paginateDescribeBlueGreenDeployments,
  paginateDescribeCertificates,
  paginateDescribeDBClusterAutomatedBackups,
  paginateDescribeDBClusterBacktracks,
  paginateDescribeDBClusterEndpoints,
  paginateDescribeDBClusterParameterGroups,
  paginateDescribeDBClusterParameters,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBEngineVersions,
  paginateDescribeDBInstanceAutomatedBackups,
  paginateDescribeDBInstances,
  paginateDescribeDBLogFiles,
  paginateDescribeDBMajorEngineVersions,
  paginateDescribeDBParameterGroups,
  paginateDescribeDBParameters,
  paginateDescribeDBProxies,
  paginateDescribeDBProxyEndpoints,
  paginateDescribeDBProxyTargetGroups,
  paginateDescribeDBProxyTargets,
  paginateDescribeDBRecommendations,
  paginateDescribeDBSecurityGroups,
  paginateDescribeDBSnapshots,
  paginateDescribeDBSnapshotTenantDatabases,
  paginateDescribeDBSubnetGroups,
  paginateDescribeEngineDefaultClusterParameters,
  paginateDescribeEngineDefaultParameters,
  paginateDescribeEvents,
  paginateDescribeEventSubscriptions,
  paginateDescribeExportTasks,
  paginateDescribeGlobalClusters,
  paginateDescribeIntegrations,
  paginateDescribeOptionGroupOptions,
  paginateDescribeOptionGroups,
  paginateDescribeOrderableDBInstanceOptions,
  paginateDescribePendingMaintenanceActions,
  paginateDescribeReservedDBInstances,
  paginateDescribeReservedDBInstancesOfferings,
  paginateDescribeServerlessV2PlatformVersions,
  paginateDescribeSourceRegions,
  paginateDescribeTenantDatabases,
  paginateDownloadDBLogFilePortion
};
var waiters = {
  waitUntilDBClusterAvailable,
  waitUntilDBClusterDeleted,
  waitUntilDBClusterSnapshotAvailable,
  waitUntilDBClusterSnapshotDeleted,
  waitUntilDBInstanceAvailable,
  waitUntilDBInstanceDeleted,
  waitUntilDBSnapshotAvailable,
  waitUntilDBSnapshotDeleted,
  waitUntilTenantDatabaseAvailable,
  waitUntilTenantDatabaseDeleted
};
var RDS = class extends RDSClient {
};
createAggregatedClient(commands, RDS, { paginators, waiters });

// node_modules/@aws-sdk/client-rds/dist-es/models/enums.js
var ActivityStreamMode = {
  async: "async",
  sync: "sync"
};
var ActivityStreamPolicyStatus = {
  locked: "locked",
  locking_policy: "locking-policy",
  unlocked: "unlocked",
  unlocking_policy: "unlocking-policy"
};
var ActivityStreamStatus = {
  started: "started",
  starting: "starting",
  stopped: "stopped",
  stopping: "stopping"
};
var ExportSourceType = {
  CLUSTER: "CLUSTER",
  SNAPSHOT: "SNAPSHOT"
};
var StorageEncryptionType = {
  CMK: "sse-kms",
  SSE: "sse-rds",
  UNENCRYPTED: "none"
};
var ClusterScalabilityType = {
  LIMITLESS: "limitless",
  STANDARD: "standard"
};
var DatabaseInsightsMode = {
  ADVANCED: "advanced",
  STANDARD: "standard"
};
var MasterUserAuthenticationType = {
  IAM_DB_AUTH: "iam-db-auth",
  PASSWORD: "password"
};
var ReplicaMode = {
  MOUNTED: "mounted",
  OPEN_READ_ONLY: "open-read-only"
};
var WriteForwardingStatus = {
  DISABLED: "disabled",
  DISABLING: "disabling",
  ENABLED: "enabled",
  ENABLING: "enabling",
  UNKNOWN: "unknown"
};
var LimitlessDatabaseStatus = {
  ACTIVE: "active",
  DISABLED: "disabled",
  DISABLING: "disabling",
  ENABLED: "enabled",
  ENABLING: "enabling",
  ERROR: "error",
  MODIFYING_MAX_CAPACITY: "modifying-max-capacity",
  NOT_IN_USE: "not-in-use"
};
var LocalWriteForwardingStatus = {
  DISABLED: "disabled",
  DISABLING: "disabling",
  ENABLED: "enabled",
  ENABLING: "enabling",
  REQUESTED: "requested"
};
var UpgradeRolloutOrder = {
  FIRST: "first",
  LAST: "last",
  SECOND: "second"
};
var AutomationMode = {
  ALL_PAUSED: "all-paused",
  FULL: "full"
};
var AuthScheme = {
  SECRETS: "SECRETS"
};
var ClientPasswordAuthType = {
  MYSQL_CACHING_SHA2_PASSWORD: "MYSQL_CACHING_SHA2_PASSWORD",
  MYSQL_NATIVE_PASSWORD: "MYSQL_NATIVE_PASSWORD",
  POSTGRES_MD5: "POSTGRES_MD5",
  POSTGRES_SCRAM_SHA_256: "POSTGRES_SCRAM_SHA_256",
  SQL_SERVER_AUTHENTICATION: "SQL_SERVER_AUTHENTICATION"
};
var IAMAuthMode = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED",
  REQUIRED: "REQUIRED"
};
var DefaultAuthScheme = {
  IAM_AUTH: "IAM_AUTH",
  NONE: "NONE"
};
var EndpointNetworkType = {
  DUAL: "DUAL",
  IPV4: "IPV4",
  IPV6: "IPV6"
};
var EngineFamily = {
  MYSQL: "MYSQL",
  POSTGRESQL: "POSTGRESQL",
  SQLSERVER: "SQLSERVER"
};
var TargetConnectionNetworkType = {
  IPV4: "IPV4",
  IPV6: "IPV6"
};
var DBProxyStatus = {
  AVAILABLE: "available",
  CREATING: "creating",
  DELETING: "deleting",
  INCOMPATIBLE_NETWORK: "incompatible-network",
  INSUFFICIENT_RESOURCE_LIMITS: "insufficient-resource-limits",
  MODIFYING: "modifying",
  REACTIVATING: "reactivating",
  SUSPENDED: "suspended",
  SUSPENDING: "suspending"
};
var DBProxyEndpointTargetRole = {
  READ_ONLY: "READ_ONLY",
  READ_WRITE: "READ_WRITE"
};
var DBProxyEndpointStatus = {
  AVAILABLE: "available",
  CREATING: "creating",
  DELETING: "deleting",
  INCOMPATIBLE_NETWORK: "incompatible-network",
  INSUFFICIENT_RESOURCE_LIMITS: "insufficient-resource-limits",
  MODIFYING: "modifying"
};
var FailoverStatus = {
  CANCELLING: "cancelling",
  FAILING_OVER: "failing-over",
  PENDING: "pending"
};
var GlobalClusterMemberSynchronizationStatus = {
  CONNECTED: "connected",
  PENDING_RESYNC: "pending-resync"
};
var IntegrationStatus = {
  ACTIVE: "active",
  CREATING: "creating",
  DELETING: "deleting",
  FAILED: "failed",
  MODIFYING: "modifying",
  NEEDS_ATTENTION: "needs_attention",
  SYNCING: "syncing"
};
var ApplyMethod = {
  immediate: "immediate",
  pending_reboot: "pending-reboot"
};
var LifecycleSupportName = {
  OPEN_SOURCE_RDS_EXTENDED_SUPPORT: "open-source-rds-extended-support",
  OPEN_SOURCE_RDS_STANDARD_SUPPORT: "open-source-rds-standard-support"
};
var TargetRole = {
  READ_ONLY: "READ_ONLY",
  READ_WRITE: "READ_WRITE",
  UNKNOWN: "UNKNOWN"
};
var TargetHealthReason = {
  AUTH_FAILURE: "AUTH_FAILURE",
  CONNECTION_FAILED: "CONNECTION_FAILED",
  INVALID_REPLICATION_STATE: "INVALID_REPLICATION_STATE",
  PENDING_PROXY_CAPACITY: "PENDING_PROXY_CAPACITY",
  PROMOTED: "PROMOTED",
  UNREACHABLE: "UNREACHABLE"
};
var TargetState = {
  available: "AVAILABLE",
  registering: "REGISTERING",
  unavailable: "UNAVAILABLE",
  unused: "UNUSED"
};
var TargetType = {
  RDS_INSTANCE: "RDS_INSTANCE",
  RDS_SERVERLESS_ENDPOINT: "RDS_SERVERLESS_ENDPOINT",
  TRACKED_CLUSTER: "TRACKED_CLUSTER"
};
var SourceType = {
  blue_green_deployment: "blue-green-deployment",
  custom_engine_version: "custom-engine-version",
  db_cluster: "db-cluster",
  db_cluster_snapshot: "db-cluster-snapshot",
  db_instance: "db-instance",
  db_parameter_group: "db-parameter-group",
  db_proxy: "db-proxy",
  db_security_group: "db-security-group",
  db_shard_group: "db-shard-group",
  db_snapshot: "db-snapshot",
  zero_etl: "zero-etl"
};
var AuditPolicyState = {
  LOCKED_POLICY: "locked",
  UNLOCKED_POLICY: "unlocked"
};
var CustomEngineVersionStatus = {
  available: "available",
  inactive: "inactive",
  inactive_except_restore: "inactive-except-restore"
};
export {
  Command as $Command,
  AccountAttributesMessage$,
  AccountQuota$,
  ActivityStreamMode,
  ActivityStreamPolicyStatus,
  ActivityStreamStatus,
  AddRoleToDBCluster$,
  AddRoleToDBClusterCommand,
  AddRoleToDBClusterMessage$,
  AddRoleToDBInstance$,
  AddRoleToDBInstanceCommand,
  AddRoleToDBInstanceMessage$,
  AddSourceIdentifierToSubscription$,
  AddSourceIdentifierToSubscriptionCommand,
  AddSourceIdentifierToSubscriptionMessage$,
  AddSourceIdentifierToSubscriptionResult$,
  AddTagsToResource$,
  AddTagsToResourceCommand,
  AddTagsToResourceMessage$,
  AdditionalStorageVolume$,
  AdditionalStorageVolumeOutput$,
  ApplyMethod,
  ApplyPendingMaintenanceAction$,
  ApplyPendingMaintenanceActionCommand,
  ApplyPendingMaintenanceActionMessage$,
  ApplyPendingMaintenanceActionResult$,
  AuditPolicyState,
  AuthScheme,
  AuthorizationAlreadyExistsFault,
  AuthorizationAlreadyExistsFault$,
  AuthorizationNotFoundFault,
  AuthorizationNotFoundFault$,
  AuthorizationQuotaExceededFault,
  AuthorizationQuotaExceededFault$,
  AuthorizeDBSecurityGroupIngress$,
  AuthorizeDBSecurityGroupIngressCommand,
  AuthorizeDBSecurityGroupIngressMessage$,
  AuthorizeDBSecurityGroupIngressResult$,
  AutomationMode,
  AvailabilityZone$,
  AvailableAdditionalStorageVolumesOption$,
  AvailableProcessorFeature$,
  BacktrackDBCluster$,
  BacktrackDBClusterCommand,
  BacktrackDBClusterMessage$,
  BackupPolicyNotFoundFault,
  BackupPolicyNotFoundFault$,
  BlueGreenDeployment$,
  BlueGreenDeploymentAlreadyExistsFault,
  BlueGreenDeploymentAlreadyExistsFault$,
  BlueGreenDeploymentNotFoundFault,
  BlueGreenDeploymentNotFoundFault$,
  BlueGreenDeploymentTask$,
  CancelExportTask$,
  CancelExportTaskCommand,
  CancelExportTaskMessage$,
  Certificate$,
  CertificateDetails$,
  CertificateMessage$,
  CertificateNotFoundFault,
  CertificateNotFoundFault$,
  CharacterSet$,
  ClientPasswordAuthType,
  CloudwatchLogsExportConfiguration$,
  ClusterPendingModifiedValues$,
  ClusterScalabilityType,
  ConnectionPoolConfiguration$,
  ConnectionPoolConfigurationInfo$,
  ContextAttribute$,
  CopyDBClusterParameterGroup$,
  CopyDBClusterParameterGroupCommand,
  CopyDBClusterParameterGroupMessage$,
  CopyDBClusterParameterGroupResult$,
  CopyDBClusterSnapshot$,
  CopyDBClusterSnapshotCommand,
  CopyDBClusterSnapshotMessage$,
  CopyDBClusterSnapshotResult$,
  CopyDBParameterGroup$,
  CopyDBParameterGroupCommand,
  CopyDBParameterGroupMessage$,
  CopyDBParameterGroupResult$,
  CopyDBSnapshot$,
  CopyDBSnapshotCommand,
  CopyDBSnapshotMessage$,
  CopyDBSnapshotResult$,
  CopyOptionGroup$,
  CopyOptionGroupCommand,
  CopyOptionGroupMessage$,
  CopyOptionGroupResult$,
  CreateBlueGreenDeployment$,
  CreateBlueGreenDeploymentCommand,
  CreateBlueGreenDeploymentRequest$,
  CreateBlueGreenDeploymentResponse$,
  CreateCustomDBEngineVersion$,
  CreateCustomDBEngineVersionCommand,
  CreateCustomDBEngineVersionFault,
  CreateCustomDBEngineVersionFault$,
  CreateCustomDBEngineVersionMessage$,
  CreateDBCluster$,
  CreateDBClusterCommand,
  CreateDBClusterEndpoint$,
  CreateDBClusterEndpointCommand,
  CreateDBClusterEndpointMessage$,
  CreateDBClusterMessage$,
  CreateDBClusterParameterGroup$,
  CreateDBClusterParameterGroupCommand,
  CreateDBClusterParameterGroupMessage$,
  CreateDBClusterParameterGroupResult$,
  CreateDBClusterResult$,
  CreateDBClusterSnapshot$,
  CreateDBClusterSnapshotCommand,
  CreateDBClusterSnapshotMessage$,
  CreateDBClusterSnapshotResult$,
  CreateDBInstance$,
  CreateDBInstanceCommand,
  CreateDBInstanceMessage$,
  CreateDBInstanceReadReplica$,
  CreateDBInstanceReadReplicaCommand,
  CreateDBInstanceReadReplicaMessage$,
  CreateDBInstanceReadReplicaResult$,
  CreateDBInstanceResult$,
  CreateDBParameterGroup$,
  CreateDBParameterGroupCommand,
  CreateDBParameterGroupMessage$,
  CreateDBParameterGroupResult$,
  CreateDBProxy$,
  CreateDBProxyCommand,
  CreateDBProxyEndpoint$,
  CreateDBProxyEndpointCommand,
  CreateDBProxyEndpointRequest$,
  CreateDBProxyEndpointResponse$,
  CreateDBProxyRequest$,
  CreateDBProxyResponse$,
  CreateDBSecurityGroup$,
  CreateDBSecurityGroupCommand,
  CreateDBSecurityGroupMessage$,
  CreateDBSecurityGroupResult$,
  CreateDBShardGroup$,
  CreateDBShardGroupCommand,
  CreateDBShardGroupMessage$,
  CreateDBSnapshot$,
  CreateDBSnapshotCommand,
  CreateDBSnapshotMessage$,
  CreateDBSnapshotResult$,
  CreateDBSubnetGroup$,
  CreateDBSubnetGroupCommand,
  CreateDBSubnetGroupMessage$,
  CreateDBSubnetGroupResult$,
  CreateEventSubscription$,
  CreateEventSubscriptionCommand,
  CreateEventSubscriptionMessage$,
  CreateEventSubscriptionResult$,
  CreateGlobalCluster$,
  CreateGlobalClusterCommand,
  CreateGlobalClusterMessage$,
  CreateGlobalClusterResult$,
  CreateIntegration$,
  CreateIntegrationCommand,
  CreateIntegrationMessage$,
  CreateOptionGroup$,
  CreateOptionGroupCommand,
  CreateOptionGroupMessage$,
  CreateOptionGroupResult$,
  CreateTenantDatabase$,
  CreateTenantDatabaseCommand,
  CreateTenantDatabaseMessage$,
  CreateTenantDatabaseResult$,
  CustomAvailabilityZoneNotFoundFault,
  CustomAvailabilityZoneNotFoundFault$,
  CustomDBEngineVersionAMI$,
  CustomDBEngineVersionAlreadyExistsFault,
  CustomDBEngineVersionAlreadyExistsFault$,
  CustomDBEngineVersionNotFoundFault,
  CustomDBEngineVersionNotFoundFault$,
  CustomDBEngineVersionQuotaExceededFault,
  CustomDBEngineVersionQuotaExceededFault$,
  CustomEngineVersionStatus,
  DBCluster$,
  DBClusterAlreadyExistsFault,
  DBClusterAlreadyExistsFault$,
  DBClusterAssociatedRole$,
  DBClusterAutomatedBackup$,
  DBClusterAutomatedBackupMessage$,
  DBClusterAutomatedBackupNotFoundFault,
  DBClusterAutomatedBackupNotFoundFault$,
  DBClusterAutomatedBackupQuotaExceededFault,
  DBClusterAutomatedBackupQuotaExceededFault$,
  DBClusterBacktrack$,
  DBClusterBacktrackMessage$,
  DBClusterBacktrackNotFoundFault,
  DBClusterBacktrackNotFoundFault$,
  DBClusterCapacityInfo$,
  DBClusterEndpoint$,
  DBClusterEndpointAlreadyExistsFault,
  DBClusterEndpointAlreadyExistsFault$,
  DBClusterEndpointMessage$,
  DBClusterEndpointNotFoundFault,
  DBClusterEndpointNotFoundFault$,
  DBClusterEndpointQuotaExceededFault,
  DBClusterEndpointQuotaExceededFault$,
  DBClusterMember$,
  DBClusterMessage$,
  DBClusterNotFoundFault,
  DBClusterNotFoundFault$,
  DBClusterOptionGroupStatus$,
  DBClusterParameterGroup$,
  DBClusterParameterGroupDetails$,
  DBClusterParameterGroupNameMessage$,
  DBClusterParameterGroupNotFoundFault,
  DBClusterParameterGroupNotFoundFault$,
  DBClusterParameterGroupsMessage$,
  DBClusterQuotaExceededFault,
  DBClusterQuotaExceededFault$,
  DBClusterRole$,
  DBClusterRoleAlreadyExistsFault,
  DBClusterRoleAlreadyExistsFault$,
  DBClusterRoleNotFoundFault,
  DBClusterRoleNotFoundFault$,
  DBClusterRoleQuotaExceededFault,
  DBClusterRoleQuotaExceededFault$,
  DBClusterSnapshot$,
  DBClusterSnapshotAlreadyExistsFault,
  DBClusterSnapshotAlreadyExistsFault$,
  DBClusterSnapshotAttribute$,
  DBClusterSnapshotAttributesResult$,
  DBClusterSnapshotMessage$,
  DBClusterSnapshotNotFoundFault,
  DBClusterSnapshotNotFoundFault$,
  DBClusterStatusInfo$,
  DBEngineVersion$,
  DBEngineVersionMessage$,
  DBInstance$,
  DBInstanceAlreadyExistsFault,
  DBInstanceAlreadyExistsFault$,
  DBInstanceAutomatedBackup$,
  DBInstanceAutomatedBackupMessage$,
  DBInstanceAutomatedBackupNotFoundFault,
  DBInstanceAutomatedBackupNotFoundFault$,
  DBInstanceAutomatedBackupQuotaExceededFault,
  DBInstanceAutomatedBackupQuotaExceededFault$,
  DBInstanceAutomatedBackupsReplication$,
  DBInstanceMessage$,
  DBInstanceNotFoundFault,
  DBInstanceNotFoundFault$,
  DBInstanceNotReadyFault,
  DBInstanceNotReadyFault$,
  DBInstanceRole$,
  DBInstanceRoleAlreadyExistsFault,
  DBInstanceRoleAlreadyExistsFault$,
  DBInstanceRoleNotFoundFault,
  DBInstanceRoleNotFoundFault$,
  DBInstanceRoleQuotaExceededFault,
  DBInstanceRoleQuotaExceededFault$,
  DBInstanceStatusInfo$,
  DBLogFileNotFoundFault,
  DBLogFileNotFoundFault$,
  DBMajorEngineVersion$,
  DBParameterGroup$,
  DBParameterGroupAlreadyExistsFault,
  DBParameterGroupAlreadyExistsFault$,
  DBParameterGroupDetails$,
  DBParameterGroupNameMessage$,
  DBParameterGroupNotFoundFault,
  DBParameterGroupNotFoundFault$,
  DBParameterGroupQuotaExceededFault,
  DBParameterGroupQuotaExceededFault$,
  DBParameterGroupStatus$,
  DBParameterGroupsMessage$,
  DBProxy$,
  DBProxyAlreadyExistsFault,
  DBProxyAlreadyExistsFault$,
  DBProxyEndpoint$,
  DBProxyEndpointAlreadyExistsFault,
  DBProxyEndpointAlreadyExistsFault$,
  DBProxyEndpointNotFoundFault,
  DBProxyEndpointNotFoundFault$,
  DBProxyEndpointQuotaExceededFault,
  DBProxyEndpointQuotaExceededFault$,
  DBProxyEndpointStatus,
  DBProxyEndpointTargetRole,
  DBProxyNotFoundFault,
  DBProxyNotFoundFault$,
  DBProxyQuotaExceededFault,
  DBProxyQuotaExceededFault$,
  DBProxyStatus,
  DBProxyTarget$,
  DBProxyTargetAlreadyRegisteredFault,
  DBProxyTargetAlreadyRegisteredFault$,
  DBProxyTargetGroup$,
  DBProxyTargetGroupNotFoundFault,
  DBProxyTargetGroupNotFoundFault$,
  DBProxyTargetNotFoundFault,
  DBProxyTargetNotFoundFault$,
  DBRecommendation$,
  DBRecommendationMessage$,
  DBRecommendationsMessage$,
  DBSecurityGroup$,
  DBSecurityGroupAlreadyExistsFault,
  DBSecurityGroupAlreadyExistsFault$,
  DBSecurityGroupMembership$,
  DBSecurityGroupMessage$,
  DBSecurityGroupNotFoundFault,
  DBSecurityGroupNotFoundFault$,
  DBSecurityGroupNotSupportedFault,
  DBSecurityGroupNotSupportedFault$,
  DBSecurityGroupQuotaExceededFault,
  DBSecurityGroupQuotaExceededFault$,
  DBShardGroup$,
  DBShardGroupAlreadyExistsFault,
  DBShardGroupAlreadyExistsFault$,
  DBShardGroupNotFoundFault,
  DBShardGroupNotFoundFault$,
  DBSnapshot$,
  DBSnapshotAlreadyExistsFault,
  DBSnapshotAlreadyExistsFault$,
  DBSnapshotAttribute$,
  DBSnapshotAttributesResult$,
  DBSnapshotMessage$,
  DBSnapshotNotFoundFault,
  DBSnapshotNotFoundFault$,
  DBSnapshotTenantDatabase$,
  DBSnapshotTenantDatabaseNotFoundFault,
  DBSnapshotTenantDatabaseNotFoundFault$,
  DBSnapshotTenantDatabasesMessage$,
  DBSubnetGroup$,
  DBSubnetGroupAlreadyExistsFault,
  DBSubnetGroupAlreadyExistsFault$,
  DBSubnetGroupDoesNotCoverEnoughAZs,
  DBSubnetGroupDoesNotCoverEnoughAZs$,
  DBSubnetGroupMessage$,
  DBSubnetGroupNotAllowedFault,
  DBSubnetGroupNotAllowedFault$,
  DBSubnetGroupNotFoundFault,
  DBSubnetGroupNotFoundFault$,
  DBSubnetGroupQuotaExceededFault,
  DBSubnetGroupQuotaExceededFault$,
  DBSubnetQuotaExceededFault,
  DBSubnetQuotaExceededFault$,
  DBUpgradeDependencyFailureFault,
  DBUpgradeDependencyFailureFault$,
  DatabaseInsightsMode,
  DefaultAuthScheme,
  DeleteBlueGreenDeployment$,
  DeleteBlueGreenDeploymentCommand,
  DeleteBlueGreenDeploymentRequest$,
  DeleteBlueGreenDeploymentResponse$,
  DeleteCustomDBEngineVersion$,
  DeleteCustomDBEngineVersionCommand,
  DeleteCustomDBEngineVersionMessage$,
  DeleteDBCluster$,
  DeleteDBClusterAutomatedBackup$,
  DeleteDBClusterAutomatedBackupCommand,
  DeleteDBClusterAutomatedBackupMessage$,
  DeleteDBClusterAutomatedBackupResult$,
  DeleteDBClusterCommand,
  DeleteDBClusterEndpoint$,
  DeleteDBClusterEndpointCommand,
  DeleteDBClusterEndpointMessage$,
  DeleteDBClusterMessage$,
  DeleteDBClusterParameterGroup$,
  DeleteDBClusterParameterGroupCommand,
  DeleteDBClusterParameterGroupMessage$,
  DeleteDBClusterResult$,
  DeleteDBClusterSnapshot$,
  DeleteDBClusterSnapshotCommand,
  DeleteDBClusterSnapshotMessage$,
  DeleteDBClusterSnapshotResult$,
  DeleteDBInstance$,
  DeleteDBInstanceAutomatedBackup$,
  DeleteDBInstanceAutomatedBackupCommand,
  DeleteDBInstanceAutomatedBackupMessage$,
  DeleteDBInstanceAutomatedBackupResult$,
  DeleteDBInstanceCommand,
  DeleteDBInstanceMessage$,
  DeleteDBInstanceResult$,
  DeleteDBParameterGroup$,
  DeleteDBParameterGroupCommand,
  DeleteDBParameterGroupMessage$,
  DeleteDBProxy$,
  DeleteDBProxyCommand,
  DeleteDBProxyEndpoint$,
  DeleteDBProxyEndpointCommand,
  DeleteDBProxyEndpointRequest$,
  DeleteDBProxyEndpointResponse$,
  DeleteDBProxyRequest$,
  DeleteDBProxyResponse$,
  DeleteDBSecurityGroup$,
  DeleteDBSecurityGroupCommand,
  DeleteDBSecurityGroupMessage$,
  DeleteDBShardGroup$,
  DeleteDBShardGroupCommand,
  DeleteDBShardGroupMessage$,
  DeleteDBSnapshot$,
  DeleteDBSnapshotCommand,
  DeleteDBSnapshotMessage$,
  DeleteDBSnapshotResult$,
  DeleteDBSubnetGroup$,
  DeleteDBSubnetGroupCommand,
  DeleteDBSubnetGroupMessage$,
  DeleteEventSubscription$,
  DeleteEventSubscriptionCommand,
  DeleteEventSubscriptionMessage$,
  DeleteEventSubscriptionResult$,
  DeleteGlobalCluster$,
  DeleteGlobalClusterCommand,
  DeleteGlobalClusterMessage$,
  DeleteGlobalClusterResult$,
  DeleteIntegration$,
  DeleteIntegrationCommand,
  DeleteIntegrationMessage$,
  DeleteOptionGroup$,
  DeleteOptionGroupCommand,
  DeleteOptionGroupMessage$,
  DeleteTenantDatabase$,
  DeleteTenantDatabaseCommand,
  DeleteTenantDatabaseMessage$,
  DeleteTenantDatabaseResult$,
  DeregisterDBProxyTargets$,
  DeregisterDBProxyTargetsCommand,
  DeregisterDBProxyTargetsRequest$,
  DeregisterDBProxyTargetsResponse$,
  DescribeAccountAttributes$,
  DescribeAccountAttributesCommand,
  DescribeAccountAttributesMessage$,
  DescribeBlueGreenDeployments$,
  DescribeBlueGreenDeploymentsCommand,
  DescribeBlueGreenDeploymentsRequest$,
  DescribeBlueGreenDeploymentsResponse$,
  DescribeCertificates$,
  DescribeCertificatesCommand,
  DescribeCertificatesMessage$,
  DescribeDBClusterAutomatedBackups$,
  DescribeDBClusterAutomatedBackupsCommand,
  DescribeDBClusterAutomatedBackupsMessage$,
  DescribeDBClusterBacktracks$,
  DescribeDBClusterBacktracksCommand,
  DescribeDBClusterBacktracksMessage$,
  DescribeDBClusterEndpoints$,
  DescribeDBClusterEndpointsCommand,
  DescribeDBClusterEndpointsMessage$,
  DescribeDBClusterParameterGroups$,
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBClusterParameterGroupsMessage$,
  DescribeDBClusterParameters$,
  DescribeDBClusterParametersCommand,
  DescribeDBClusterParametersMessage$,
  DescribeDBClusterSnapshotAttributes$,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotAttributesMessage$,
  DescribeDBClusterSnapshotAttributesResult$,
  DescribeDBClusterSnapshots$,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClusterSnapshotsMessage$,
  DescribeDBClusters$,
  DescribeDBClustersCommand,
  DescribeDBClustersMessage$,
  DescribeDBEngineVersions$,
  DescribeDBEngineVersionsCommand,
  DescribeDBEngineVersionsMessage$,
  DescribeDBInstanceAutomatedBackups$,
  DescribeDBInstanceAutomatedBackupsCommand,
  DescribeDBInstanceAutomatedBackupsMessage$,
  DescribeDBInstances$,
  DescribeDBInstancesCommand,
  DescribeDBInstancesMessage$,
  DescribeDBLogFiles$,
  DescribeDBLogFilesCommand,
  DescribeDBLogFilesDetails$,
  DescribeDBLogFilesMessage$,
  DescribeDBLogFilesResponse$,
  DescribeDBMajorEngineVersions$,
  DescribeDBMajorEngineVersionsCommand,
  DescribeDBMajorEngineVersionsRequest$,
  DescribeDBMajorEngineVersionsResponse$,
  DescribeDBParameterGroups$,
  DescribeDBParameterGroupsCommand,
  DescribeDBParameterGroupsMessage$,
  DescribeDBParameters$,
  DescribeDBParametersCommand,
  DescribeDBParametersMessage$,
  DescribeDBProxies$,
  DescribeDBProxiesCommand,
  DescribeDBProxiesRequest$,
  DescribeDBProxiesResponse$,
  DescribeDBProxyEndpoints$,
  DescribeDBProxyEndpointsCommand,
  DescribeDBProxyEndpointsRequest$,
  DescribeDBProxyEndpointsResponse$,
  DescribeDBProxyTargetGroups$,
  DescribeDBProxyTargetGroupsCommand,
  DescribeDBProxyTargetGroupsRequest$,
  DescribeDBProxyTargetGroupsResponse$,
  DescribeDBProxyTargets$,
  DescribeDBProxyTargetsCommand,
  DescribeDBProxyTargetsRequest$,
  DescribeDBProxyTargetsResponse$,
  DescribeDBRecommendations$,
  DescribeDBRecommendationsCommand,
  DescribeDBRecommendationsMessage$,
  DescribeDBSecurityGroups$,
  DescribeDBSecurityGroupsCommand,
  DescribeDBSecurityGroupsMessage$,
  DescribeDBShardGroups$,
  DescribeDBShardGroupsCommand,
  DescribeDBShardGroupsMessage$,
  DescribeDBShardGroupsResponse$,
  DescribeDBSnapshotAttributes$,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesMessage$,
  DescribeDBSnapshotAttributesResult$,
  DescribeDBSnapshotTenantDatabases$,
  DescribeDBSnapshotTenantDatabasesCommand,
  DescribeDBSnapshotTenantDatabasesMessage$,
  DescribeDBSnapshots$,
  DescribeDBSnapshotsCommand,
  DescribeDBSnapshotsMessage$,
  DescribeDBSubnetGroups$,
  DescribeDBSubnetGroupsCommand,
  DescribeDBSubnetGroupsMessage$,
  DescribeEngineDefaultClusterParameters$,
  DescribeEngineDefaultClusterParametersCommand,
  DescribeEngineDefaultClusterParametersMessage$,
  DescribeEngineDefaultClusterParametersResult$,
  DescribeEngineDefaultParameters$,
  DescribeEngineDefaultParametersCommand,
  DescribeEngineDefaultParametersMessage$,
  DescribeEngineDefaultParametersResult$,
  DescribeEventCategories$,
  DescribeEventCategoriesCommand,
  DescribeEventCategoriesMessage$,
  DescribeEventSubscriptions$,
  DescribeEventSubscriptionsCommand,
  DescribeEventSubscriptionsMessage$,
  DescribeEvents$,
  DescribeEventsCommand,
  DescribeEventsMessage$,
  DescribeExportTasks$,
  DescribeExportTasksCommand,
  DescribeExportTasksMessage$,
  DescribeGlobalClusters$,
  DescribeGlobalClustersCommand,
  DescribeGlobalClustersMessage$,
  DescribeIntegrations$,
  DescribeIntegrationsCommand,
  DescribeIntegrationsMessage$,
  DescribeIntegrationsResponse$,
  DescribeOptionGroupOptions$,
  DescribeOptionGroupOptionsCommand,
  DescribeOptionGroupOptionsMessage$,
  DescribeOptionGroups$,
  DescribeOptionGroupsCommand,
  DescribeOptionGroupsMessage$,
  DescribeOrderableDBInstanceOptions$,
  DescribeOrderableDBInstanceOptionsCommand,
  DescribeOrderableDBInstanceOptionsMessage$,
  DescribePendingMaintenanceActions$,
  DescribePendingMaintenanceActionsCommand,
  DescribePendingMaintenanceActionsMessage$,
  DescribeReservedDBInstances$,
  DescribeReservedDBInstancesCommand,
  DescribeReservedDBInstancesMessage$,
  DescribeReservedDBInstancesOfferings$,
  DescribeReservedDBInstancesOfferingsCommand,
  DescribeReservedDBInstancesOfferingsMessage$,
  DescribeServerlessV2PlatformVersions$,
  DescribeServerlessV2PlatformVersionsCommand,
  DescribeServerlessV2PlatformVersionsMessage$,
  DescribeSourceRegions$,
  DescribeSourceRegionsCommand,
  DescribeSourceRegionsMessage$,
  DescribeTenantDatabases$,
  DescribeTenantDatabasesCommand,
  DescribeTenantDatabasesMessage$,
  DescribeValidDBInstanceModifications$,
  DescribeValidDBInstanceModificationsCommand,
  DescribeValidDBInstanceModificationsMessage$,
  DescribeValidDBInstanceModificationsResult$,
  DisableHttpEndpoint$,
  DisableHttpEndpointCommand,
  DisableHttpEndpointRequest$,
  DisableHttpEndpointResponse$,
  DocLink$,
  DomainMembership$,
  DomainNotFoundFault,
  DomainNotFoundFault$,
  DoubleRange$,
  DownloadDBLogFilePortion$,
  DownloadDBLogFilePortionCommand,
  DownloadDBLogFilePortionDetails$,
  DownloadDBLogFilePortionMessage$,
  EC2SecurityGroup$,
  Ec2ImagePropertiesNotSupportedFault,
  Ec2ImagePropertiesNotSupportedFault$,
  EnableHttpEndpoint$,
  EnableHttpEndpointCommand,
  EnableHttpEndpointRequest$,
  EnableHttpEndpointResponse$,
  Endpoint$,
  EndpointNetworkType,
  EngineDefaults$,
  EngineFamily,
  Event$,
  EventCategoriesMap$,
  EventCategoriesMessage$,
  EventSubscription$,
  EventSubscriptionQuotaExceededFault,
  EventSubscriptionQuotaExceededFault$,
  EventSubscriptionsMessage$,
  EventsMessage$,
  ExportSourceType,
  ExportTask$,
  ExportTaskAlreadyExistsFault,
  ExportTaskAlreadyExistsFault$,
  ExportTaskNotFoundFault,
  ExportTaskNotFoundFault$,
  ExportTasksMessage$,
  FailoverDBCluster$,
  FailoverDBClusterCommand,
  FailoverDBClusterMessage$,
  FailoverDBClusterResult$,
  FailoverGlobalCluster$,
  FailoverGlobalClusterCommand,
  FailoverGlobalClusterMessage$,
  FailoverGlobalClusterResult$,
  FailoverState$,
  FailoverStatus,
  Filter$,
  GlobalCluster$,
  GlobalClusterAlreadyExistsFault,
  GlobalClusterAlreadyExistsFault$,
  GlobalClusterMember$,
  GlobalClusterMemberSynchronizationStatus,
  GlobalClusterNotFoundFault,
  GlobalClusterNotFoundFault$,
  GlobalClusterQuotaExceededFault,
  GlobalClusterQuotaExceededFault$,
  GlobalClustersMessage$,
  IAMAuthMode,
  IPRange$,
  IamRoleMissingPermissionsFault,
  IamRoleMissingPermissionsFault$,
  IamRoleNotFoundFault,
  IamRoleNotFoundFault$,
  InstanceQuotaExceededFault,
  InstanceQuotaExceededFault$,
  InsufficientAvailableIPsInSubnetFault,
  InsufficientAvailableIPsInSubnetFault$,
  InsufficientDBClusterCapacityFault,
  InsufficientDBClusterCapacityFault$,
  InsufficientDBInstanceCapacityFault,
  InsufficientDBInstanceCapacityFault$,
  InsufficientStorageClusterCapacityFault,
  InsufficientStorageClusterCapacityFault$,
  Integration$,
  IntegrationAlreadyExistsFault,
  IntegrationAlreadyExistsFault$,
  IntegrationConflictOperationFault,
  IntegrationConflictOperationFault$,
  IntegrationError$,
  IntegrationNotFoundFault,
  IntegrationNotFoundFault$,
  IntegrationQuotaExceededFault,
  IntegrationQuotaExceededFault$,
  IntegrationStatus,
  InvalidBlueGreenDeploymentStateFault,
  InvalidBlueGreenDeploymentStateFault$,
  InvalidCustomDBEngineVersionStateFault,
  InvalidCustomDBEngineVersionStateFault$,
  InvalidDBClusterAutomatedBackupStateFault,
  InvalidDBClusterAutomatedBackupStateFault$,
  InvalidDBClusterCapacityFault,
  InvalidDBClusterCapacityFault$,
  InvalidDBClusterEndpointStateFault,
  InvalidDBClusterEndpointStateFault$,
  InvalidDBClusterSnapshotStateFault,
  InvalidDBClusterSnapshotStateFault$,
  InvalidDBClusterStateFault,
  InvalidDBClusterStateFault$,
  InvalidDBInstanceAutomatedBackupStateFault,
  InvalidDBInstanceAutomatedBackupStateFault$,
  InvalidDBInstanceStateFault,
  InvalidDBInstanceStateFault$,
  InvalidDBParameterGroupStateFault,
  InvalidDBParameterGroupStateFault$,
  InvalidDBProxyEndpointStateFault,
  InvalidDBProxyEndpointStateFault$,
  InvalidDBProxyStateFault,
  InvalidDBProxyStateFault$,
  InvalidDBSecurityGroupStateFault,
  InvalidDBSecurityGroupStateFault$,
  InvalidDBShardGroupStateFault,
  InvalidDBShardGroupStateFault$,
  InvalidDBSnapshotStateFault,
  InvalidDBSnapshotStateFault$,
  InvalidDBSubnetGroupFault,
  InvalidDBSubnetGroupFault$,
  InvalidDBSubnetGroupStateFault,
  InvalidDBSubnetGroupStateFault$,
  InvalidDBSubnetStateFault,
  InvalidDBSubnetStateFault$,
  InvalidEventSubscriptionStateFault,
  InvalidEventSubscriptionStateFault$,
  InvalidExportOnlyFault,
  InvalidExportOnlyFault$,
  InvalidExportSourceStateFault,
  InvalidExportSourceStateFault$,
  InvalidExportTaskStateFault,
  InvalidExportTaskStateFault$,
  InvalidGlobalClusterStateFault,
  InvalidGlobalClusterStateFault$,
  InvalidIntegrationStateFault,
  InvalidIntegrationStateFault$,
  InvalidOptionGroupStateFault,
  InvalidOptionGroupStateFault$,
  InvalidResourceStateFault,
  InvalidResourceStateFault$,
  InvalidRestoreFault,
  InvalidRestoreFault$,
  InvalidS3BucketFault,
  InvalidS3BucketFault$,
  InvalidSubnet,
  InvalidSubnet$,
  InvalidVPCNetworkStateFault,
  InvalidVPCNetworkStateFault$,
  IssueDetails$,
  KMSKeyNotAccessibleFault,
  KMSKeyNotAccessibleFault$,
  LifecycleSupportName,
  LimitlessDatabase$,
  LimitlessDatabaseStatus,
  ListTagsForResource$,
  ListTagsForResourceCommand,
  ListTagsForResourceMessage$,
  LocalWriteForwardingStatus,
  MasterUserAuthenticationType,
  MasterUserSecret$,
  MaxDBShardGroupLimitReached,
  MaxDBShardGroupLimitReached$,
  Metric$,
  MetricQuery$,
  MetricReference$,
  MinimumEngineVersionPerAllowedValue$,
  ModifyActivityStream$,
  ModifyActivityStreamCommand,
  ModifyActivityStreamRequest$,
  ModifyActivityStreamResponse$,
  ModifyAdditionalStorageVolume$,
  ModifyCertificates$,
  ModifyCertificatesCommand,
  ModifyCertificatesMessage$,
  ModifyCertificatesResult$,
  ModifyCurrentDBClusterCapacity$,
  ModifyCurrentDBClusterCapacityCommand,
  ModifyCurrentDBClusterCapacityMessage$,
  ModifyCustomDBEngineVersion$,
  ModifyCustomDBEngineVersionCommand,
  ModifyCustomDBEngineVersionMessage$,
  ModifyDBCluster$,
  ModifyDBClusterCommand,
  ModifyDBClusterEndpoint$,
  ModifyDBClusterEndpointCommand,
  ModifyDBClusterEndpointMessage$,
  ModifyDBClusterMessage$,
  ModifyDBClusterParameterGroup$,
  ModifyDBClusterParameterGroupCommand,
  ModifyDBClusterParameterGroupMessage$,
  ModifyDBClusterResult$,
  ModifyDBClusterSnapshotAttribute$,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBClusterSnapshotAttributeMessage$,
  ModifyDBClusterSnapshotAttributeResult$,
  ModifyDBInstance$,
  ModifyDBInstanceCommand,
  ModifyDBInstanceMessage$,
  ModifyDBInstanceResult$,
  ModifyDBParameterGroup$,
  ModifyDBParameterGroupCommand,
  ModifyDBParameterGroupMessage$,
  ModifyDBProxy$,
  ModifyDBProxyCommand,
  ModifyDBProxyEndpoint$,
  ModifyDBProxyEndpointCommand,
  ModifyDBProxyEndpointRequest$,
  ModifyDBProxyEndpointResponse$,
  ModifyDBProxyRequest$,
  ModifyDBProxyResponse$,
  ModifyDBProxyTargetGroup$,
  ModifyDBProxyTargetGroupCommand,
  ModifyDBProxyTargetGroupRequest$,
  ModifyDBProxyTargetGroupResponse$,
  ModifyDBRecommendation$,
  ModifyDBRecommendationCommand,
  ModifyDBRecommendationMessage$,
  ModifyDBShardGroup$,
  ModifyDBShardGroupCommand,
  ModifyDBShardGroupMessage$,
  ModifyDBSnapshot$,
  ModifyDBSnapshotAttribute$,
  ModifyDBSnapshotAttributeCommand,
  ModifyDBSnapshotAttributeMessage$,
  ModifyDBSnapshotAttributeResult$,
  ModifyDBSnapshotCommand,
  ModifyDBSnapshotMessage$,
  ModifyDBSnapshotResult$,
  ModifyDBSubnetGroup$,
  ModifyDBSubnetGroupCommand,
  ModifyDBSubnetGroupMessage$,
  ModifyDBSubnetGroupResult$,
  ModifyEventSubscription$,
  ModifyEventSubscriptionCommand,
  ModifyEventSubscriptionMessage$,
  ModifyEventSubscriptionResult$,
  ModifyGlobalCluster$,
  ModifyGlobalClusterCommand,
  ModifyGlobalClusterMessage$,
  ModifyGlobalClusterResult$,
  ModifyIntegration$,
  ModifyIntegrationCommand,
  ModifyIntegrationMessage$,
  ModifyOptionGroup$,
  ModifyOptionGroupCommand,
  ModifyOptionGroupMessage$,
  ModifyOptionGroupResult$,
  ModifyTenantDatabase$,
  ModifyTenantDatabaseCommand,
  ModifyTenantDatabaseMessage$,
  ModifyTenantDatabaseResult$,
  NetworkTypeNotSupported,
  NetworkTypeNotSupported$,
  Option$,
  OptionConfiguration$,
  OptionGroup$,
  OptionGroupAlreadyExistsFault,
  OptionGroupAlreadyExistsFault$,
  OptionGroupMembership$,
  OptionGroupNotFoundFault,
  OptionGroupNotFoundFault$,
  OptionGroupOption$,
  OptionGroupOptionSetting$,
  OptionGroupOptionsMessage$,
  OptionGroupQuotaExceededFault,
  OptionGroupQuotaExceededFault$,
  OptionGroups$,
  OptionSetting$,
  OptionVersion$,
  OrderableDBInstanceOption$,
  OrderableDBInstanceOptionsMessage$,
  Outpost$,
  Parameter$,
  PendingCloudwatchLogsExports$,
  PendingMaintenanceAction$,
  PendingMaintenanceActionsMessage$,
  PendingModifiedValues$,
  PerformanceInsightsMetricDimensionGroup$,
  PerformanceInsightsMetricQuery$,
  PerformanceIssueDetails$,
  PointInTimeRestoreNotEnabledFault,
  PointInTimeRestoreNotEnabledFault$,
  ProcessorFeature$,
  PromoteReadReplica$,
  PromoteReadReplicaCommand,
  PromoteReadReplicaDBCluster$,
  PromoteReadReplicaDBClusterCommand,
  PromoteReadReplicaDBClusterMessage$,
  PromoteReadReplicaDBClusterResult$,
  PromoteReadReplicaMessage$,
  PromoteReadReplicaResult$,
  ProvisionedIopsNotAvailableInAZFault,
  ProvisionedIopsNotAvailableInAZFault$,
  PurchaseReservedDBInstancesOffering$,
  PurchaseReservedDBInstancesOfferingCommand,
  PurchaseReservedDBInstancesOfferingMessage$,
  PurchaseReservedDBInstancesOfferingResult$,
  RDS,
  RDSClient,
  RDSServiceException,
  RDSServiceException$,
  Range$,
  RdsCustomClusterConfiguration$,
  RebootDBCluster$,
  RebootDBClusterCommand,
  RebootDBClusterMessage$,
  RebootDBClusterResult$,
  RebootDBInstance$,
  RebootDBInstanceCommand,
  RebootDBInstanceMessage$,
  RebootDBInstanceResult$,
  RebootDBShardGroup$,
  RebootDBShardGroupCommand,
  RebootDBShardGroupMessage$,
  RecommendedAction$,
  RecommendedActionParameter$,
  RecommendedActionUpdate$,
  RecurringCharge$,
  ReferenceDetails$,
  RegisterDBProxyTargets$,
  RegisterDBProxyTargetsCommand,
  RegisterDBProxyTargetsRequest$,
  RegisterDBProxyTargetsResponse$,
  RemoveFromGlobalCluster$,
  RemoveFromGlobalClusterCommand,
  RemoveFromGlobalClusterMessage$,
  RemoveFromGlobalClusterResult$,
  RemoveRoleFromDBCluster$,
  RemoveRoleFromDBClusterCommand,
  RemoveRoleFromDBClusterMessage$,
  RemoveRoleFromDBInstance$,
  RemoveRoleFromDBInstanceCommand,
  RemoveRoleFromDBInstanceMessage$,
  RemoveSourceIdentifierFromSubscription$,
  RemoveSourceIdentifierFromSubscriptionCommand,
  RemoveSourceIdentifierFromSubscriptionMessage$,
  RemoveSourceIdentifierFromSubscriptionResult$,
  RemoveTagsFromResource$,
  RemoveTagsFromResourceCommand,
  RemoveTagsFromResourceMessage$,
  ReplicaMode,
  ReservedDBInstance$,
  ReservedDBInstanceAlreadyExistsFault,
  ReservedDBInstanceAlreadyExistsFault$,
  ReservedDBInstanceMessage$,
  ReservedDBInstanceNotFoundFault,
  ReservedDBInstanceNotFoundFault$,
  ReservedDBInstanceQuotaExceededFault,
  ReservedDBInstanceQuotaExceededFault$,
  ReservedDBInstancesOffering$,
  ReservedDBInstancesOfferingMessage$,
  ReservedDBInstancesOfferingNotFoundFault,
  ReservedDBInstancesOfferingNotFoundFault$,
  ResetDBClusterParameterGroup$,
  ResetDBClusterParameterGroupCommand,
  ResetDBClusterParameterGroupMessage$,
  ResetDBParameterGroup$,
  ResetDBParameterGroupCommand,
  ResetDBParameterGroupMessage$,
  ResourceNotFoundFault,
  ResourceNotFoundFault$,
  ResourcePendingMaintenanceActions$,
  RestoreDBClusterFromS3$,
  RestoreDBClusterFromS3Command,
  RestoreDBClusterFromS3Message$,
  RestoreDBClusterFromS3Result$,
  RestoreDBClusterFromSnapshot$,
  RestoreDBClusterFromSnapshotCommand,
  RestoreDBClusterFromSnapshotMessage$,
  RestoreDBClusterFromSnapshotResult$,
  RestoreDBClusterToPointInTime$,
  RestoreDBClusterToPointInTimeCommand,
  RestoreDBClusterToPointInTimeMessage$,
  RestoreDBClusterToPointInTimeResult$,
  RestoreDBInstanceFromDBSnapshot$,
  RestoreDBInstanceFromDBSnapshotCommand,
  RestoreDBInstanceFromDBSnapshotMessage$,
  RestoreDBInstanceFromDBSnapshotResult$,
  RestoreDBInstanceFromS3$,
  RestoreDBInstanceFromS3Command,
  RestoreDBInstanceFromS3Message$,
  RestoreDBInstanceFromS3Result$,
  RestoreDBInstanceToPointInTime$,
  RestoreDBInstanceToPointInTimeCommand,
  RestoreDBInstanceToPointInTimeMessage$,
  RestoreDBInstanceToPointInTimeResult$,
  RestoreWindow$,
  RevokeDBSecurityGroupIngress$,
  RevokeDBSecurityGroupIngressCommand,
  RevokeDBSecurityGroupIngressMessage$,
  RevokeDBSecurityGroupIngressResult$,
  SNSInvalidTopicFault,
  SNSInvalidTopicFault$,
  SNSNoAuthorizationFault,
  SNSNoAuthorizationFault$,
  SNSTopicArnNotFoundFault,
  SNSTopicArnNotFoundFault$,
  ScalarReferenceDetails$,
  ScalingConfiguration$,
  ScalingConfigurationInfo$,
  ServerlessV2FeaturesSupport$,
  ServerlessV2PlatformVersionInfo$,
  ServerlessV2PlatformVersionsMessage$,
  ServerlessV2ScalingConfiguration$,
  ServerlessV2ScalingConfigurationInfo$,
  SharedSnapshotQuotaExceededFault,
  SharedSnapshotQuotaExceededFault$,
  SnapshotQuotaExceededFault,
  SnapshotQuotaExceededFault$,
  SourceClusterNotSupportedFault,
  SourceClusterNotSupportedFault$,
  SourceDatabaseNotSupportedFault,
  SourceDatabaseNotSupportedFault$,
  SourceNotFoundFault,
  SourceNotFoundFault$,
  SourceRegion$,
  SourceRegionMessage$,
  SourceType,
  StartActivityStream$,
  StartActivityStreamCommand,
  StartActivityStreamRequest$,
  StartActivityStreamResponse$,
  StartDBCluster$,
  StartDBClusterCommand,
  StartDBClusterMessage$,
  StartDBClusterResult$,
  StartDBInstance$,
  StartDBInstanceAutomatedBackupsReplication$,
  StartDBInstanceAutomatedBackupsReplicationCommand,
  StartDBInstanceAutomatedBackupsReplicationMessage$,
  StartDBInstanceAutomatedBackupsReplicationResult$,
  StartDBInstanceCommand,
  StartDBInstanceMessage$,
  StartDBInstanceResult$,
  StartExportTask$,
  StartExportTaskCommand,
  StartExportTaskMessage$,
  StopActivityStream$,
  StopActivityStreamCommand,
  StopActivityStreamRequest$,
  StopActivityStreamResponse$,
  StopDBCluster$,
  StopDBClusterCommand,
  StopDBClusterMessage$,
  StopDBClusterResult$,
  StopDBInstance$,
  StopDBInstanceAutomatedBackupsReplication$,
  StopDBInstanceAutomatedBackupsReplicationCommand,
  StopDBInstanceAutomatedBackupsReplicationMessage$,
  StopDBInstanceAutomatedBackupsReplicationResult$,
  StopDBInstanceCommand,
  StopDBInstanceMessage$,
  StopDBInstanceResult$,
  StorageEncryptionType,
  StorageQuotaExceededFault,
  StorageQuotaExceededFault$,
  StorageTypeNotAvailableFault,
  StorageTypeNotAvailableFault$,
  StorageTypeNotSupportedFault,
  StorageTypeNotSupportedFault$,
  Subnet$,
  SubnetAlreadyInUse,
  SubnetAlreadyInUse$,
  SubscriptionAlreadyExistFault,
  SubscriptionAlreadyExistFault$,
  SubscriptionCategoryNotFoundFault,
  SubscriptionCategoryNotFoundFault$,
  SubscriptionNotFoundFault,
  SubscriptionNotFoundFault$,
  SupportedEngineLifecycle$,
  SwitchoverBlueGreenDeployment$,
  SwitchoverBlueGreenDeploymentCommand,
  SwitchoverBlueGreenDeploymentRequest$,
  SwitchoverBlueGreenDeploymentResponse$,
  SwitchoverDetail$,
  SwitchoverGlobalCluster$,
  SwitchoverGlobalClusterCommand,
  SwitchoverGlobalClusterMessage$,
  SwitchoverGlobalClusterResult$,
  SwitchoverReadReplica$,
  SwitchoverReadReplicaCommand,
  SwitchoverReadReplicaMessage$,
  SwitchoverReadReplicaResult$,
  Tag$,
  TagListMessage$,
  TagSpecification$,
  TargetConnectionNetworkType,
  TargetHealth$,
  TargetHealthReason,
  TargetRole,
  TargetState,
  TargetType,
  TenantDatabase$,
  TenantDatabaseAlreadyExistsFault,
  TenantDatabaseAlreadyExistsFault$,
  TenantDatabaseNotFoundFault,
  TenantDatabaseNotFoundFault$,
  TenantDatabasePendingModifiedValues$,
  TenantDatabaseQuotaExceededFault,
  TenantDatabaseQuotaExceededFault$,
  TenantDatabasesMessage$,
  Timezone$,
  UnsupportedDBEngineVersionFault,
  UnsupportedDBEngineVersionFault$,
  UpgradeRolloutOrder,
  UpgradeTarget$,
  UserAuthConfig$,
  UserAuthConfigInfo$,
  ValidAdditionalStorageOptions$,
  ValidDBInstanceModificationsMessage$,
  ValidStorageOptions$,
  ValidVolumeOptions$,
  VpcEncryptionControlViolationException,
  VpcEncryptionControlViolationException$,
  VpcSecurityGroupMembership$,
  WriteForwardingStatus,
  Client as __Client,
  errorTypeRegistries,
  paginateDescribeBlueGreenDeployments,
  paginateDescribeCertificates,
  paginateDescribeDBClusterAutomatedBackups,
  paginateDescribeDBClusterBacktracks,
  paginateDescribeDBClusterEndpoints,
  paginateDescribeDBClusterParameterGroups,
  paginateDescribeDBClusterParameters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBEngineVersions,
  paginateDescribeDBInstanceAutomatedBackups,
  paginateDescribeDBInstances,
  paginateDescribeDBLogFiles,
  paginateDescribeDBMajorEngineVersions,
  paginateDescribeDBParameterGroups,
  paginateDescribeDBParameters,
  paginateDescribeDBProxies,
  paginateDescribeDBProxyEndpoints,
  paginateDescribeDBProxyTargetGroups,
  paginateDescribeDBProxyTargets,
  paginateDescribeDBRecommendations,
  paginateDescribeDBSecurityGroups,
  paginateDescribeDBSnapshotTenantDatabases,
  paginateDescribeDBSnapshots,
  paginateDescribeDBSubnetGroups,
  paginateDescribeEngineDefaultClusterParameters,
  paginateDescribeEngineDefaultParameters,
  paginateDescribeEventSubscriptions,
  paginateDescribeEvents,
  paginateDescribeExportTasks,
  paginateDescribeGlobalClusters,
  paginateDescribeIntegrations,
  paginateDescribeOptionGroupOptions,
  paginateDescribeOptionGroups,
  paginateDescribeOrderableDBInstanceOptions,
  paginateDescribePendingMaintenanceActions,
  paginateDescribeReservedDBInstances,
  paginateDescribeReservedDBInstancesOfferings,
  paginateDescribeServerlessV2PlatformVersions,
  paginateDescribeSourceRegions,
  paginateDescribeTenantDatabases,
  paginateDownloadDBLogFilePortion,
  waitForDBClusterAvailable,
  waitForDBClusterDeleted,
  waitForDBClusterSnapshotAvailable,
  waitForDBClusterSnapshotDeleted,
  waitForDBInstanceAvailable,
  waitForDBInstanceDeleted,
  waitForDBSnapshotAvailable,
  waitForDBSnapshotDeleted,
  waitForTenantDatabaseAvailable,
  waitForTenantDatabaseDeleted,
  waitUntilDBClusterAvailable,
  waitUntilDBClusterDeleted,
  waitUntilDBClusterSnapshotAvailable,
  waitUntilDBClusterSnapshotDeleted,
  waitUntilDBInstanceAvailable,
  waitUntilDBInstanceDeleted,
  waitUntilDBSnapshotAvailable,
  waitUntilDBSnapshotDeleted,
  waitUntilTenantDatabaseAvailable,
  waitUntilTenantDatabaseDeleted
};
