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

// node_modules/@aws-sdk/client-auto-scaling/dist-es/auth/httpAuthSchemeProvider.js
var defaultAutoScalingHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "autoscaling",
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
var defaultAutoScalingHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-auto-scaling/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "autoscaling"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-auto-scaling/package.json
var package_default = {
  name: "@aws-sdk/client-auto-scaling",
  version: "3.1138.0",
  description: "AWS SDK for JavaScript Auto Scaling Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-auto-scaling",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-auto-scaling"
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

// node_modules/@aws-sdk/client-auto-scaling/dist-es/endpoint/bdd.js
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
    ["https://autoscaling-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://autoscaling.{Region}.amazonaws.com", i],
    ["https://autoscaling-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://autoscaling.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://autoscaling.{Region}.{PartitionResult#dnsSuffix}", i],
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

// node_modules/@aws-sdk/client-auto-scaling/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-auto-scaling/dist-es/models/AutoScalingServiceException.js
var AutoScalingServiceException = class _AutoScalingServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _AutoScalingServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/models/errors.js
var ActiveInstanceRefreshNotFoundFault = class _ActiveInstanceRefreshNotFoundFault extends AutoScalingServiceException {
  name = "ActiveInstanceRefreshNotFoundFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ActiveInstanceRefreshNotFoundFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ActiveInstanceRefreshNotFoundFault.prototype);
  }
};
var AlreadyExistsFault = class _AlreadyExistsFault extends AutoScalingServiceException {
  name = "AlreadyExistsFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AlreadyExistsFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyExistsFault.prototype);
  }
};
var ResourceContentionFault = class _ResourceContentionFault extends AutoScalingServiceException {
  name = "ResourceContentionFault";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ResourceContentionFault",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceContentionFault.prototype);
  }
};
var ServiceLinkedRoleFailure = class _ServiceLinkedRoleFailure extends AutoScalingServiceException {
  name = "ServiceLinkedRoleFailure";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceLinkedRoleFailure",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceLinkedRoleFailure.prototype);
  }
};
var InstanceRefreshInProgressFault = class _InstanceRefreshInProgressFault extends AutoScalingServiceException {
  name = "InstanceRefreshInProgressFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceRefreshInProgressFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceRefreshInProgressFault.prototype);
  }
};
var LimitExceededFault = class _LimitExceededFault extends AutoScalingServiceException {
  name = "LimitExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededFault.prototype);
  }
};
var ResourceInUseFault = class _ResourceInUseFault extends AutoScalingServiceException {
  name = "ResourceInUseFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceInUseFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseFault.prototype);
  }
};
var ScalingActivityInProgressFault = class _ScalingActivityInProgressFault extends AutoScalingServiceException {
  name = "ScalingActivityInProgressFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ScalingActivityInProgressFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ScalingActivityInProgressFault.prototype);
  }
};
var InvalidNextToken = class _InvalidNextToken extends AutoScalingServiceException {
  name = "InvalidNextToken";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidNextToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextToken.prototype);
  }
};
var IdempotentCallInProgressFault = class _IdempotentCallInProgressFault extends AutoScalingServiceException {
  name = "IdempotentCallInProgressFault";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "IdempotentCallInProgressFault",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _IdempotentCallInProgressFault.prototype);
    this.Message = opts.Message;
  }
};
var IdempotentParameterMismatchError = class _IdempotentParameterMismatchError extends AutoScalingServiceException {
  name = "IdempotentParameterMismatchError";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IdempotentParameterMismatchError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IdempotentParameterMismatchError.prototype);
    this.Message = opts.Message;
  }
};
var IrreversibleInstanceRefreshFault = class _IrreversibleInstanceRefreshFault extends AutoScalingServiceException {
  name = "IrreversibleInstanceRefreshFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IrreversibleInstanceRefreshFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IrreversibleInstanceRefreshFault.prototype);
  }
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/schemas/schemas_0.js
var _A = "Activities";
var _AARN = "AlarmARN";
var _AC = "AcceleratorCount";
var _ACR = "AcceleratorCountRequest";
var _AEF = "AlreadyExistsFault";
var _AI = "ActivityId";
var _AIQ = "AttachInstancesQuery";
var _AIRNFF = "ActiveInstanceRefreshNotFoundFault";
var _AIT = "AllowedInstanceTypes";
var _AIc = "ActivityIds";
var _AIt = "AttachInstances";
var _ALB = "AttachLoadBalancers";
var _ALBRT = "AttachLoadBalancersResultType";
var _ALBT = "AttachLoadBalancersType";
var _ALBTG = "AttachLoadBalancerTargetGroups";
var _ALBTGRT = "AttachLoadBalancerTargetGroupsResultType";
var _ALBTGT = "AttachLoadBalancerTargetGroupsType";
var _AM = "AcceleratorManufacturers";
var _AN = "AlarmName";
var _ANc = "AcceleratorNames";
var _APIA = "AssociatePublicIpAddress";
var _AR = "AutoRollback";
var _AS = "AlarmSpecification";
var _ASG = "AutoScalingGroup";
var _ASGARN = "AutoScalingGroupARN";
var _ASGN = "AutoScalingGroupName";
var _ASGNT = "AutoScalingGroupNamesType";
var _ASGNu = "AutoScalingGroupNames";
var _ASGS = "AutoScalingGroupState";
var _ASGT = "AutoScalingGroupsType";
var _ASGu = "AutoScalingGroups";
var _ASI = "AutoScalingInstances";
var _ASID = "AutoScalingInstanceDetails";
var _ASIT = "AutoScalingInstancesType";
var _ASNT = "AutoScalingNotificationTypes";
var _AT = "ActivitiesType";
var _ATMMB = "AcceleratorTotalMemoryMiB";
var _ATMMBR = "AcceleratorTotalMemoryMiBRequest";
var _ATS = "AttachTrafficSources";
var _ATSRT = "AttachTrafficSourcesResultType";
var _ATST = "AttachTrafficSourcesType";
var _ATc = "ActivityType";
var _ATcc = "AcceleratorTypes";
var _ATd = "AdjustmentType";
var _ATdj = "AdjustmentTypes";
var _AZ = "AvailabilityZones";
var _AZD = "AvailabilityZoneDistribution";
var _AZI = "AvailabilityZoneIds";
var _AZIP = "AvailabilityZoneImpairmentPolicy";
var _AZIv = "AvailabilityZoneId";
var _AZv = "AvailabilityZone";
var _Ac = "Activity";
var _Al = "Alarm";
var _Ala = "Alarms";
var _BDM = "BlockDeviceMapping";
var _BDMl = "BlockDeviceMappings";
var _BDSA = "BatchDeleteScheduledAction";
var _BDSAA = "BatchDeleteScheduledActionAnswer";
var _BDSAT = "BatchDeleteScheduledActionType";
var _BEBM = "BaselineEbsBandwidthMbps";
var _BEBMR = "BaselineEbsBandwidthMbpsRequest";
var _BM = "BareMetal";
var _BP = "BurstablePerformance";
var _BPF = "BaselinePerformanceFactors";
var _BPFR = "BaselinePerformanceFactorsRequest";
var _BPSUGA = "BatchPutScheduledUpdateGroupAction";
var _BPSUGAA = "BatchPutScheduledUpdateGroupActionAnswer";
var _BPSUGAT = "BatchPutScheduledUpdateGroupActionType";
var _BT = "BreachThreshold";
var _BTa = "BakeTime";
var _C = "Cause";
var _CASG = "CreateAutoScalingGroup";
var _CASGT = "CreateAutoScalingGroupType";
var _CCMS = "CustomizedCapacityMetricSpecification";
var _CD = "CheckpointDelay";
var _CDS = "CapacityDistributionStrategy";
var _CF = "CapacityForecast";
var _CIR = "CancelInstanceRefresh";
var _CIRA = "CancelInstanceRefreshAnswer";
var _CIRT = "CancelInstanceRefreshType";
var _CLA = "CompleteLifecycleAction";
var _CLAA = "CompleteLifecycleActionAnswer";
var _CLAT = "CompleteLifecycleActionType";
var _CLC = "CreateLaunchConfiguration";
var _CLCT = "CreateLaunchConfigurationType";
var _CLMS = "CustomizedLoadMetricSpecification";
var _CLVPCI = "ClassicLinkVPCId";
var _CLVPCSG = "ClassicLinkVPCSecurityGroups";
var _CM = "CpuManufacturers";
var _CMS = "CustomizedMetricSpecification";
var _COUT = "CreateOrUpdateTags";
var _COUTT = "CreateOrUpdateTagsType";
var _CP = "CheckpointPercentages";
var _CPFR = "CpuPerformanceFactorRequest";
var _CR = "CapacityRebalance";
var _CRI = "CapacityReservationIds";
var _CRP = "CapacityReservationPreference";
var _CRRGA = "CapacityReservationResourceGroupArns";
var _CRS = "CapacityReservationSpecification";
var _CRT = "CapacityReservationTarget";
var _CSMS = "CustomizedScalingMetricSpecification";
var _CT = "CreatedTime";
var _CTl = "ClientToken";
var _Co = "Context";
var _Coo = "Cooldown";
var _Cp = "Cpu";
var _D = "Description";
var _DAL = "DescribeAccountLimits";
var _DALA = "DescribeAccountLimitsAnswer";
var _DASG = "DeleteAutoScalingGroup";
var _DASGT = "DeleteAutoScalingGroupType";
var _DASGe = "DescribeAutoScalingGroups";
var _DASI = "DescribeAutoScalingInstances";
var _DASIT = "DescribeAutoScalingInstancesType";
var _DASNT = "DescribeAutoScalingNotificationTypes";
var _DASNTA = "DescribeAutoScalingNotificationTypesAnswer";
var _DAT = "DescribeAdjustmentTypes";
var _DATA = "DescribeAdjustmentTypesAnswer";
var _DC = "DesiredCapacity";
var _DCT = "DesiredCapacityType";
var _DCe = "DefaultCooldown";
var _DCes = "DesiredConfiguration";
var _DI = "DetachInstances";
var _DIA = "DetachInstancesAnswer";
var _DIQ = "DetachInstancesQuery";
var _DIR = "DescribeInstanceRefreshes";
var _DIRA = "DescribeInstanceRefreshesAnswer";
var _DIRT = "DescribeInstanceRefreshesType";
var _DIW = "DefaultInstanceWarmup";
var _DLB = "DescribeLoadBalancers";
var _DLBR = "DescribeLoadBalancersRequest";
var _DLBRT = "DetachLoadBalancersResultType";
var _DLBRe = "DescribeLoadBalancersResponse";
var _DLBT = "DetachLoadBalancersType";
var _DLBTG = "DescribeLoadBalancerTargetGroups";
var _DLBTGR = "DescribeLoadBalancerTargetGroupsRequest";
var _DLBTGRT = "DetachLoadBalancerTargetGroupsResultType";
var _DLBTGRe = "DescribeLoadBalancerTargetGroupsResponse";
var _DLBTGT = "DetachLoadBalancerTargetGroupsType";
var _DLBTGe = "DetachLoadBalancerTargetGroups";
var _DLBe = "DetachLoadBalancers";
var _DLC = "DeleteLaunchConfiguration";
var _DLCe = "DescribeLaunchConfigurations";
var _DLH = "DeleteLifecycleHook";
var _DLHA = "DeleteLifecycleHookAnswer";
var _DLHAe = "DescribeLifecycleHooksAnswer";
var _DLHT = "DeleteLifecycleHookType";
var _DLHTA = "DescribeLifecycleHookTypesAnswer";
var _DLHTe = "DescribeLifecycleHooksType";
var _DLHTes = "DescribeLifecycleHookTypes";
var _DLHe = "DescribeLifecycleHooks";
var _DMC = "DisableMetricsCollection";
var _DMCQ = "DisableMetricsCollectionQuery";
var _DMCT = "DescribeMetricCollectionTypes";
var _DMCTA = "DescribeMetricCollectionTypesAnswer";
var _DN = "DeviceName";
var _DNC = "DeleteNotificationConfiguration";
var _DNCA = "DescribeNotificationConfigurationsAnswer";
var _DNCT = "DeleteNotificationConfigurationType";
var _DNCTe = "DescribeNotificationConfigurationsType";
var _DNCe = "DescribeNotificationConfigurations";
var _DOT = "DeleteOnTermination";
var _DP = "DeletionProtection";
var _DPT = "DeletePolicyType";
var _DPTe = "DescribePoliciesType";
var _DPe = "DeletePolicy";
var _DPes = "DescribePolicies";
var _DR = "DefaultResult";
var _DS = "DistributionSegment";
var _DSA = "DeleteScheduledAction";
var _DSAT = "DeleteScheduledActionType";
var _DSATe = "DescribeScalingActivitiesType";
var _DSATes = "DescribeScheduledActionsType";
var _DSAe = "DescribeScalingActivities";
var _DSAes = "DescribeScheduledActions";
var _DSI = "DisableScaleIn";
var _DSPT = "DescribeScalingProcessTypes";
var _DSi = "DistributionSegments";
var _DT = "DeleteTags";
var _DTPT = "DescribeTerminationPolicyTypes";
var _DTPTA = "DescribeTerminationPolicyTypesAnswer";
var _DTS = "DescribeTrafficSources";
var _DTSR = "DescribeTrafficSourcesRequest";
var _DTSRT = "DetachTrafficSourcesResultType";
var _DTSRe = "DescribeTrafficSourcesResponse";
var _DTST = "DetachTrafficSourcesType";
var _DTSe = "DetachTrafficSources";
var _DTT = "DeleteTagsType";
var _DTTe = "DescribeTagsType";
var _DTe = "DescribeTags";
var _DWP = "DeleteWarmPool";
var _DWPA = "DeleteWarmPoolAnswer";
var _DWPAe = "DescribeWarmPoolAnswer";
var _DWPT = "DeleteWarmPoolType";
var _DWPTe = "DescribeWarmPoolType";
var _DWPe = "DescribeWarmPool";
var _De = "Details";
var _Di = "Dimensions";
var _E = "Ebs";
var _EC = "ErrorCode";
var _EIT = "ExcludedInstanceTypes";
var _EIW = "EstimatedInstanceWarmup";
var _EM = "EnabledMetrics";
var _EMC = "EnableMetricsCollection";
var _EMCQ = "EnableMetricsCollectionQuery";
var _EMn = "EnabledMetric";
var _EMr = "ErrorMessage";
var _EO = "EbsOptimized";
var _EP = "ExecutePolicy";
var _EPT = "ExecutePolicyType";
var _ES = "EnterStandby";
var _ESA = "EnterStandbyAnswer";
var _ESAx = "ExitStandbyAnswer";
var _ESQ = "EnterStandbyQuery";
var _ESQx = "ExitStandbyQuery";
var _ESx = "ExitStandby";
var _ET = "EndTime";
var _En = "Encrypted";
var _Ena = "Enabled";
var _Er = "Errors";
var _Ex = "Expression";
var _F = "Filters";
var _FD = "ForceDelete";
var _FSA = "FailedScheduledActions";
var _FSUGA = "FailedScheduledUpdateGroupActions";
var _FSUGAR = "FailedScheduledUpdateGroupActionRequest";
var _FSUGARa = "FailedScheduledUpdateGroupActionRequests";
var _Fi = "Filter";
var _G = "Granularities";
var _GPSF = "GetPredictiveScalingForecast";
var _GPSFA = "GetPredictiveScalingForecastAnswer";
var _GPSFT = "GetPredictiveScalingForecastType";
var _GT = "GlobalTimeout";
var _Gr = "Granularity";
var _HC = "HonorCooldown";
var _HCGP = "HealthCheckGracePeriod";
var _HCT = "HealthCheckType";
var _HE = "HttpEndpoint";
var _HPRHL = "HttpPutResponseHopLimit";
var _HS = "HealthStatus";
var _HT = "HttpTokens";
var _HTe = "HeartbeatTimeout";
var _I = "Instances";
var _IC = "InstanceCollection";
var _ICIPF = "IdempotentCallInProgressFault";
var _ICn = "InstanceCollections";
var _ID = "InstancesDistribution";
var _IDG = "IncludeDeletedGroups";
var _IF = "InstanceFamily";
var _IG = "InstanceGenerations";
var _II = "InstanceIds";
var _IIP = "IamInstanceProfile";
var _IIRF = "IrreversibleInstanceRefreshFault";
var _IIm = "ImageId";
var _IIn = "IncludeInstances";
var _IIns = "InstanceId";
var _ILP = "InstanceLifecyclePolicy";
var _IM = "InstanceMonitoring";
var _IMO = "InstanceMetadataOptions";
var _IMP = "InstanceMaintenancePolicy";
var _INT = "InvalidNextToken";
var _IPME = "IdempotentParameterMismatchError";
var _IR = "InstanceRefreshes";
var _IRI = "InstanceRefreshId";
var _IRIPF = "InstanceRefreshInProgressFault";
var _IRIn = "InstanceRefreshIds";
var _IRLPP = "InstanceRefreshLivePoolProgress";
var _IRP = "InstanceReusePolicy";
var _IRPD = "InstanceRefreshProgressDetails";
var _IRWPP = "InstanceRefreshWarmPoolProgress";
var _IRn = "InstanceRefresh";
var _IRns = "InstanceRequirements";
var _IT = "InstanceType";
var _ITU = "InstancesToUpdate";
var _ITUOR = "InstancesToUpdateOnRollback";
var _IW = "InstanceWarmup";
var _IZHCB = "ImpairedZoneHealthCheckBehavior";
var _Id = "Id";
var _Ide = "Identifier";
var _In = "Instance";
var _Io = "Iops";
var _K = "Key";
var _KI = "KernelId";
var _KN = "KeyName";
var _L = "Label";
var _LAR = "LifecycleActionResult";
var _LAT = "LifecycleActionToken";
var _LB = "LoadBalancers";
var _LBN = "LoadBalancerNames";
var _LBNo = "LoadBalancerName";
var _LBS = "LoadBalancerState";
var _LBSo = "LoadBalancerStates";
var _LBTG = "LoadBalancerTargetGroups";
var _LBTGARN = "LoadBalancerTargetGroupARN";
var _LBTGS = "LoadBalancerTargetGroupState";
var _LBTGSo = "LoadBalancerTargetGroupStates";
var _LC = "LaunchConfiguration";
var _LCARN = "LaunchConfigurationARN";
var _LCN = "LaunchConfigurationName";
var _LCNT = "LaunchConfigurationNamesType";
var _LCNTa = "LaunchConfigurationNameType";
var _LCNa = "LaunchConfigurationNames";
var _LCT = "LaunchConfigurationsType";
var _LCa = "LaunchConfigurations";
var _LEF = "LimitExceededFault";
var _LF = "LoadForecast";
var _LFo = "LoadForecasts";
var _LH = "LifecycleHooks";
var _LHN = "LifecycleHookName";
var _LHNi = "LifecycleHookNames";
var _LHS = "LifecycleHookSpecification";
var _LHSL = "LifecycleHookSpecificationList";
var _LHSi = "LifecycleHookSpecifications";
var _LHT = "LifecycleHookTypes";
var _LHi = "LifecycleHook";
var _LI = "LaunchInstances";
var _LIE = "LaunchInstancesError";
var _LIEa = "LaunchInstancesErrors";
var _LIR = "LaunchInstancesRequest";
var _LIRa = "LaunchInstancesResult";
var _LPP = "LivePoolProgress";
var _LS = "LifecycleState";
var _LST = "LocalStorageTypes";
var _LSo = "LocalStorage";
var _LT = "LaunchTemplate";
var _LTI = "LaunchTemplateId";
var _LTN = "LaunchTemplateName";
var _LTO = "LaunchTemplateOverrides";
var _LTS = "LaunchTemplateSpecification";
var _LTi = "LifecycleTransition";
var _M = "Message";
var _MAM = "MinAdjustmentMagnitude";
var _MAS = "MinAdjustmentStep";
var _MAT = "MetricAggregationType";
var _MCB = "MaxCapacityBuffer";
var _MCBB = "MaxCapacityBreachBehavior";
var _MCT = "MetricCollectionType";
var _MCTe = "MetricCollectionTypes";
var _MD = "MetricDimension";
var _MDQ = "MetricDataQuery";
var _MDQe = "MetricDataQueries";
var _MDe = "MetricDimensions";
var _MGBPVC = "MemoryGiBPerVCpu";
var _MGBPVCR = "MemoryGiBPerVCpuRequest";
var _MGPC = "MaxGroupPreparedCapacity";
var _MGT = "MetricGranularityType";
var _MGTe = "MetricGranularityTypes";
var _MHP = "MinHealthyPercentage";
var _MHPa = "MaxHealthyPercentage";
var _MIL = "MaxInstanceLifetime";
var _MILB = "MetricIntervalLowerBound";
var _MIP = "MixedInstancesPolicy";
var _MIUB = "MetricIntervalUpperBound";
var _MMB = "MemoryMiB";
var _MMBR = "MemoryMiBRequest";
var _MN = "MetricName";
var _MNOASG = "MaxNumberOfAutoScalingGroups";
var _MNOLC = "MaxNumberOfLaunchConfigurations";
var _MO = "MetadataOptions";
var _MR = "MaxRecords";
var _MS = "MinSize";
var _MSPAPOOODP = "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice";
var _MSa = "MaxSize";
var _MSe = "MetricSpecification";
var _MSet = "MetricStat";
var _MSetr = "MetricSpecifications";
var _MT = "MarketType";
var _MV = "MetricValue";
var _Ma = "Max";
var _Me = "Metrics";
var _Met = "Metric";
var _Mi = "Min";
var _Mo = "Mode";
var _N = "Namespace";
var _NBG = "NetworkBandwidthGbps";
var _NBGR = "NetworkBandwidthGbpsRequest";
var _NC = "NotificationConfigurations";
var _NCo = "NotificationConfiguration";
var _ND = "NoDevice";
var _NIC = "NetworkInterfaceCount";
var _NICR = "NetworkInterfaceCountRequest";
var _NIPFSI = "NewInstancesProtectedFromScaleIn";
var _NM = "NotificationMetadata";
var _NOASG = "NumberOfAutoScalingGroups";
var _NOLC = "NumberOfLaunchConfigurations";
var _NT = "NextToken";
var _NTARN = "NotificationTargetARN";
var _NTo = "NotificationType";
var _NTot = "NotificationTypes";
var _Na = "Name";
var _O = "Operator";
var _ODAS = "OnDemandAllocationStrategy";
var _ODBC = "OnDemandBaseCapacity";
var _ODMPPOLP = "OnDemandMaxPricePercentageOverLowestPrice";
var _ODPABC = "OnDemandPercentageAboveBaseCapacity";
var _Ov = "Overrides";
var _P = "Progress";
var _PAL = "PropagateAtLaunch";
var _PARN = "PolicyARN";
var _PARNT = "PolicyARNType";
var _PC = "PredictedCapacity";
var _PCOR = "PercentageCompleteOnRollback";
var _PCe = "PercentageComplete";
var _PD = "ProgressDetails";
var _PDOR = "ProgressDetailsOnRollback";
var _PFRR = "PerformanceFactorReferenceRequest";
var _PFRSR = "PerformanceFactorReferenceSetRequest";
var _PFSI = "ProtectedFromScaleIn";
var _PG = "PlacementGroup";
var _PLH = "PutLifecycleHook";
var _PLHA = "PutLifecycleHookAnswer";
var _PLHT = "PutLifecycleHookType";
var _PLMS = "PredefinedLoadMetricSpecification";
var _PMPS = "PredefinedMetricPairSpecification";
var _PMS = "PredefinedMetricSpecification";
var _PMT = "PredefinedMetricType";
var _PN = "PolicyName";
var _PNC = "PutNotificationConfiguration";
var _PNCT = "PutNotificationConfigurationType";
var _PNo = "PolicyNames";
var _PNr = "ProcessName";
var _PS = "PoolState";
var _PSC = "PredictiveScalingConfiguration";
var _PSCCM = "PredictiveScalingCustomizedCapacityMetric";
var _PSCLM = "PredictiveScalingCustomizedLoadMetric";
var _PSCSM = "PredictiveScalingCustomizedScalingMetric";
var _PSMS = "PredictiveScalingMetricSpecification";
var _PSMSr = "PredefinedScalingMetricSpecification";
var _PSMSre = "PredictiveScalingMetricSpecifications";
var _PSP = "PutScalingPolicy";
var _PSPLM = "PredictiveScalingPredefinedLoadMetric";
var _PSPMP = "PredictiveScalingPredefinedMetricPair";
var _PSPSM = "PredictiveScalingPredefinedScalingMetric";
var _PSPT = "PutScalingPolicyType";
var _PSUGA = "PutScheduledUpdateGroupAction";
var _PSUGAT = "PutScheduledUpdateGroupActionType";
var _PT = "PlacementTenancy";
var _PTo = "PolicyTypes";
var _PTol = "PoliciesType";
var _PToli = "PolicyType";
var _PTr = "ProcessesType";
var _PTro = "ProcessType";
var _PWP = "PutWarmPool";
var _PWPA = "PutWarmPoolAnswer";
var _PWPT = "PutWarmPoolType";
var _Pe = "Period";
var _Pr = "Preferences";
var _Pri = "Principal";
var _Pro = "Processes";
var _R = "References";
var _RARN = "RoleARN";
var _RC = "RequestedCapacity";
var _RCF = "ResourceContentionFault";
var _RD = "RollbackDetails";
var _RDe = "ReturnData";
var _RHS = "RequireHibernateSupport";
var _RI = "RamdiskId";
var _RIR = "RollbackInstanceRefresh";
var _RIRA = "RollbackInstanceRefreshAnswer";
var _RIRT = "RollbackInstanceRefreshType";
var _RIUF = "ResourceInUseFault";
var _RIe = "ResourceId";
var _RL = "ResourceLabel";
var _RLAH = "RecordLifecycleActionHeartbeat";
var _RLAHA = "RecordLifecycleActionHeartbeatAnswer";
var _RLAHT = "RecordLifecycleActionHeartbeatType";
var _ROSI = "ReuseOnScaleIn";
var _RP = "RefreshPreferences";
var _RPe = "ResumeProcesses";
var _RR = "RollbackReason";
var _RS = "RetryStrategy";
var _RST = "RollbackStartTime";
var _RT = "RetentionTriggers";
var _RTe = "ResourceType";
var _Re = "Reference";
var _Rec = "Recurrence";
var _S = "Status";
var _SA = "ScalingAdjustment";
var _SAARN = "ScheduledActionARN";
var _SAIPF = "ScalingActivityInProgressFault";
var _SAN = "ScheduledActionNames";
var _SANc = "ScheduledActionName";
var _SAS = "SpotAllocationStrategy";
var _SAT = "ScheduledActionsType";
var _SAt = "StepAdjustments";
var _SAte = "StepAdjustment";
var _SBT = "SchedulingBufferTime";
var _SC = "StatusCode";
var _SDC = "SetDesiredCapacity";
var _SDCT = "SetDesiredCapacityType";
var _SDDC = "ShouldDecrementDesiredCapacity";
var _SG = "SecurityGroups";
var _SI = "SnapshotId";
var _SIH = "SetInstanceHealth";
var _SIHQ = "SetInstanceHealthQuery";
var _SIP = "SpotInstancePools";
var _SIPA = "SetInstanceProtectionAnswer";
var _SIPI = "ScaleInProtectedInstances";
var _SIPQ = "SetInstanceProtectionQuery";
var _SIPe = "SetInstanceProtection";
var _SIR = "StartInstanceRefresh";
var _SIRA = "StartInstanceRefreshAnswer";
var _SIRT = "StartInstanceRefreshType";
var _SIt = "StandbyInstances";
var _SIu = "SubnetId";
var _SIub = "SubnetIds";
var _SLRARN = "ServiceLinkedRoleARN";
var _SLRF = "ServiceLinkedRoleFailure";
var _SM = "StatusMessage";
var _SMP = "SpotMaxPrice";
var _SMPPOLP = "SpotMaxPricePercentageOverLowestPrice";
var _SMk = "SkipMatching";
var _SP = "SuspendedProcesses";
var _SPQ = "ScalingProcessQuery";
var _SPc = "ScalingPolicies";
var _SPca = "ScalingPolicy";
var _SPcal = "ScalingProcesses";
var _SPp = "SpotPrice";
var _SPu = "SuspendedProcess";
var _SPus = "SuspendProcesses";
var _SR = "StatusReason";
var _SRGP = "ShouldRespectGracePeriod";
var _SRu = "SuspensionReason";
var _ST = "StartTime";
var _SUGA = "ScheduledUpdateGroupActions";
var _SUGAR = "ScheduledUpdateGroupActionRequest";
var _SUGARc = "ScheduledUpdateGroupActionRequests";
var _SUGAc = "ScheduledUpdateGroupAction";
var _SZSV = "SkipZonalShiftValidation";
var _St = "Statistic";
var _Sta = "State";
var _Stat = "Stat";
var _Str = "Strategy";
var _T = "Tags";
var _TARN = "TopicARN";
var _TCT = "TargetCapacityTypes";
var _TD = "TagDescription";
var _TDL = "TagDescriptionList";
var _TGARN = "TargetGroupARNs";
var _THA = "TerminateHookAbandon";
var _TIIASG = "TerminateInstanceInAutoScalingGroup";
var _TIIASGT = "TerminateInstanceInAutoScalingGroupType";
var _TLSGB = "TotalLocalStorageGB";
var _TLSGBR = "TotalLocalStorageGBRequest";
var _TP = "TerminationPolicies";
var _TPT = "TerminationPolicyTypes";
var _TS = "TrafficSources";
var _TSI = "TrafficSourceIdentifier";
var _TSS = "TrafficSourceState";
var _TSSr = "TrafficSourceStates";
var _TST = "TrafficSourceType";
var _TSr = "TrafficSource";
var _TT = "TagsType";
var _TTC = "TargetTrackingConfiguration";
var _TTMDQ = "TargetTrackingMetricDataQuery";
var _TTMDQa = "TargetTrackingMetricDataQueries";
var _TTMS = "TargetTrackingMetricStat";
var _TV = "TargetValue";
var _TZ = "TimeZone";
var _Ta = "Tag";
var _Th = "Throughput";
var _Ti = "Timestamps";
var _Tim = "Time";
var _Ty = "Type";
var _U = "Unit";
var _UASG = "UpdateAutoScalingGroup";
var _UASGT = "UpdateAutoScalingGroupType";
var _UD = "UserData";
var _UT = "UpdateTime";
var _V = "Values";
var _VCC = "VCpuCount";
var _VCCR = "VCpuCountRequest";
var _VN = "VirtualName";
var _VPCZI = "VPCZoneIdentifier";
var _VS = "VolumeSize";
var _VT = "VolumeType";
var _Va = "Value";
var _Ve = "Version";
var _WC = "WeightedCapacity";
var _WFTI = "WaitForTransitioningInstances";
var _WPC = "WarmPoolConfiguration";
var _WPP = "WarmPoolProgress";
var _WPS = "WarmPoolSize";
var _ZSE = "ZonalShiftEnabled";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _i = "item";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.autoscaling";
var _se = "server";
var _xN = "xmlName";
var n0 = "com.amazonaws.autoscaling";
var _s_registry = new TypeRegistry(_s);
var AutoScalingServiceException$ = [-3, _s, "AutoScalingServiceException", 0, [], []];
_s_registry.registerError(AutoScalingServiceException$, AutoScalingServiceException);
var n0_registry = new TypeRegistry(n0);
var ActiveInstanceRefreshNotFoundFault$ = [
  -3,
  n0,
  _AIRNFF,
  { [_aQE]: [`ActiveInstanceRefreshNotFound`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ActiveInstanceRefreshNotFoundFault$, ActiveInstanceRefreshNotFoundFault);
var AlreadyExistsFault$ = [
  -3,
  n0,
  _AEF,
  { [_aQE]: [`AlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(AlreadyExistsFault$, AlreadyExistsFault);
var IdempotentCallInProgressFault$ = [
  -3,
  n0,
  _ICIPF,
  { [_aQE]: [`IdempotentCallInProgress`, 500], [_e]: _se, [_hE]: 500 },
  [_M],
  [0]
];
n0_registry.registerError(IdempotentCallInProgressFault$, IdempotentCallInProgressFault);
var IdempotentParameterMismatchError$ = [
  -3,
  n0,
  _IPME,
  { [_aQE]: [`IdempotentParameterMismatch`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(IdempotentParameterMismatchError$, IdempotentParameterMismatchError);
var InstanceRefreshInProgressFault$ = [
  -3,
  n0,
  _IRIPF,
  { [_aQE]: [`InstanceRefreshInProgress`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InstanceRefreshInProgressFault$, InstanceRefreshInProgressFault);
var InvalidNextToken$ = [
  -3,
  n0,
  _INT,
  { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
var IrreversibleInstanceRefreshFault$ = [
  -3,
  n0,
  _IIRF,
  { [_aQE]: [`IrreversibleInstanceRefresh`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(IrreversibleInstanceRefreshFault$, IrreversibleInstanceRefreshFault);
var LimitExceededFault$ = [
  -3,
  n0,
  _LEF,
  { [_aQE]: [`LimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
var ResourceContentionFault$ = [
  -3,
  n0,
  _RCF,
  { [_aQE]: [`ResourceContention`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceContentionFault$, ResourceContentionFault);
var ResourceInUseFault$ = [
  -3,
  n0,
  _RIUF,
  { [_aQE]: [`ResourceInUse`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceInUseFault$, ResourceInUseFault);
var ScalingActivityInProgressFault$ = [
  -3,
  n0,
  _SAIPF,
  { [_aQE]: [`ScalingActivityInProgress`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ScalingActivityInProgressFault$, ScalingActivityInProgressFault);
var ServiceLinkedRoleFailure$ = [
  -3,
  n0,
  _SLRF,
  { [_aQE]: [`ServiceLinkedRoleFailure`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceLinkedRoleFailure$, ServiceLinkedRoleFailure);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AcceleratorCountRequest$ = [
  3,
  n0,
  _ACR,
  0,
  [_Mi, _Ma],
  [1, 1]
];
var AcceleratorTotalMemoryMiBRequest$ = [
  3,
  n0,
  _ATMMBR,
  0,
  [_Mi, _Ma],
  [1, 1]
];
var ActivitiesType$ = [
  3,
  n0,
  _AT,
  0,
  [_A, _NT],
  [() => Activities, 0],
  1
];
var Activity$ = [
  3,
  n0,
  _Ac,
  0,
  [_AI, _ASGN, _C, _ST, _SC, _D, _ET, _SM, _P, _De, _ASGS, _ASGARN],
  [0, 0, 0, 4, 0, 0, 4, 0, 1, 0, 0, 0],
  5
];
var ActivityType$ = [
  3,
  n0,
  _ATc,
  0,
  [_Ac, _A],
  [() => Activity$, () => Activities]
];
var AdjustmentType$ = [
  3,
  n0,
  _ATd,
  0,
  [_ATd],
  [0]
];
var Alarm$ = [
  3,
  n0,
  _Al,
  0,
  [_AN, _AARN],
  [0, 0]
];
var AlarmSpecification$ = [
  3,
  n0,
  _AS,
  0,
  [_Ala],
  [64 | 0]
];
var AttachInstancesQuery$ = [
  3,
  n0,
  _AIQ,
  0,
  [_ASGN, _II],
  [0, 64 | 0],
  1
];
var AttachLoadBalancersResultType$ = [
  3,
  n0,
  _ALBRT,
  0,
  [],
  []
];
var AttachLoadBalancersType$ = [
  3,
  n0,
  _ALBT,
  0,
  [_ASGN, _LBN],
  [0, 64 | 0],
  2
];
var AttachLoadBalancerTargetGroupsResultType$ = [
  3,
  n0,
  _ALBTGRT,
  0,
  [],
  []
];
var AttachLoadBalancerTargetGroupsType$ = [
  3,
  n0,
  _ALBTGT,
  0,
  [_ASGN, _TGARN],
  [0, 64 | 0],
  2
];
var AttachTrafficSourcesResultType$ = [
  3,
  n0,
  _ATSRT,
  0,
  [],
  []
];
var AttachTrafficSourcesType$ = [
  3,
  n0,
  _ATST,
  0,
  [_ASGN, _TS, _SZSV],
  [0, () => TrafficSources, 2],
  2
];
var AutoScalingGroup$ = [
  3,
  n0,
  _ASG,
  0,
  [_ASGN, _MS, _MSa, _DC, _DCe, _AZ, _HCT, _CT, _ASGARN, _LCN, _LT, _MIP, _PC, _AZI, _LBN, _TGARN, _HCGP, _I, _SP, _PG, _VPCZI, _EM, _S, _T, _TP, _NIPFSI, _SLRARN, _MIL, _CR, _WPC, _WPS, _Co, _DCT, _DIW, _TS, _IMP, _DP, _AZD, _AZIP, _CRS, _ILP, _O],
  [0, 1, 1, 1, 1, 64 | 0, 0, 4, 0, 0, () => LaunchTemplateSpecification$, [() => MixedInstancesPolicy$, 0], 1, 64 | 0, 64 | 0, 64 | 0, 1, () => Instances, () => SuspendedProcesses, 0, 0, () => EnabledMetrics, 0, () => TagDescriptionList, 64 | 0, 2, 0, 1, 2, () => WarmPoolConfiguration$, 1, 0, 0, 1, () => TrafficSources, () => InstanceMaintenancePolicy$, 0, () => AvailabilityZoneDistribution$, () => AvailabilityZoneImpairmentPolicy$, () => CapacityReservationSpecification$, () => InstanceLifecyclePolicy$, () => Operator$],
  8
];
var AutoScalingGroupNamesType$ = [
  3,
  n0,
  _ASGNT,
  0,
  [_ASGNu, _IIn, _NT, _MR, _F],
  [64 | 0, 2, 0, 1, () => Filters]
];
var AutoScalingGroupsType$ = [
  3,
  n0,
  _ASGT,
  0,
  [_ASGu, _NT],
  [[() => AutoScalingGroups, 0], 0],
  1
];
var AutoScalingInstanceDetails$ = [
  3,
  n0,
  _ASID,
  0,
  [_IIns, _ASGN, _AZv, _LS, _HS, _PFSI, _IT, _AZIv, _LCN, _LT, _IIm, _WC],
  [0, 0, 0, 0, 0, 2, 0, 0, 0, () => LaunchTemplateSpecification$, 0, 0],
  6
];
var AutoScalingInstancesType$ = [
  3,
  n0,
  _ASIT,
  0,
  [_ASI, _NT],
  [() => AutoScalingInstances, 0]
];
var AvailabilityZoneDistribution$ = [
  3,
  n0,
  _AZD,
  0,
  [_CDS],
  [0]
];
var AvailabilityZoneImpairmentPolicy$ = [
  3,
  n0,
  _AZIP,
  0,
  [_ZSE, _IZHCB],
  [2, 0]
];
var BaselineEbsBandwidthMbpsRequest$ = [
  3,
  n0,
  _BEBMR,
  0,
  [_Mi, _Ma],
  [1, 1]
];
var BaselinePerformanceFactorsRequest$ = [
  3,
  n0,
  _BPFR,
  0,
  [_Cp],
  [[() => CpuPerformanceFactorRequest$, 0]]
];
var BatchDeleteScheduledActionAnswer$ = [
  3,
  n0,
  _BDSAA,
  0,
  [_FSA],
  [() => FailedScheduledUpdateGroupActionRequests]
];
var BatchDeleteScheduledActionType$ = [
  3,
  n0,
  _BDSAT,
  0,
  [_ASGN, _SAN],
  [0, 64 | 0],
  2
];
var BatchPutScheduledUpdateGroupActionAnswer$ = [
  3,
  n0,
  _BPSUGAA,
  0,
  [_FSUGA],
  [() => FailedScheduledUpdateGroupActionRequests]
];
var BatchPutScheduledUpdateGroupActionType$ = [
  3,
  n0,
  _BPSUGAT,
  0,
  [_ASGN, _SUGA],
  [0, () => ScheduledUpdateGroupActionRequests],
  2
];
var BlockDeviceMapping$ = [
  3,
  n0,
  _BDM,
  0,
  [_DN, _VN, _E, _ND],
  [0, 0, () => Ebs$, 2],
  1
];
var CancelInstanceRefreshAnswer$ = [
  3,
  n0,
  _CIRA,
  0,
  [_IRI],
  [0]
];
var CancelInstanceRefreshType$ = [
  3,
  n0,
  _CIRT,
  0,
  [_ASGN, _WFTI],
  [0, 2],
  1
];
var CapacityForecast$ = [
  3,
  n0,
  _CF,
  0,
  [_Ti, _V],
  [64 | 4, 64 | 1],
  2
];
var CapacityReservationSpecification$ = [
  3,
  n0,
  _CRS,
  0,
  [_CRP, _CRT],
  [0, () => CapacityReservationTarget$]
];
var CapacityReservationTarget$ = [
  3,
  n0,
  _CRT,
  0,
  [_CRI, _CRRGA],
  [64 | 0, 64 | 0]
];
var CompleteLifecycleActionAnswer$ = [
  3,
  n0,
  _CLAA,
  0,
  [],
  []
];
var CompleteLifecycleActionType$ = [
  3,
  n0,
  _CLAT,
  0,
  [_LHN, _ASGN, _LAR, _LAT, _IIns],
  [0, 0, 0, 0, 0],
  3
];
var CpuPerformanceFactorRequest$ = [
  3,
  n0,
  _CPFR,
  0,
  [_R],
  [[() => PerformanceFactorReferenceSetRequest, { [_xN]: _Re }]]
];
var CreateAutoScalingGroupType$ = [
  3,
  n0,
  _CASGT,
  0,
  [_ASGN, _MS, _MSa, _LCN, _LT, _MIP, _IIns, _DC, _DCe, _AZ, _AZI, _LBN, _TGARN, _HCT, _HCGP, _PG, _VPCZI, _TP, _NIPFSI, _CR, _LHSL, _DP, _T, _SLRARN, _MIL, _Co, _DCT, _DIW, _TS, _IMP, _AZD, _AZIP, _SZSV, _CRS, _ILP, _O],
  [0, 1, 1, 0, () => LaunchTemplateSpecification$, [() => MixedInstancesPolicy$, 0], 0, 1, 1, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 0, 1, 0, 0, 64 | 0, 2, 2, () => LifecycleHookSpecifications, 0, () => Tags, 0, 1, 0, 0, 1, () => TrafficSources, () => InstanceMaintenancePolicy$, () => AvailabilityZoneDistribution$, () => AvailabilityZoneImpairmentPolicy$, 2, () => CapacityReservationSpecification$, () => InstanceLifecyclePolicy$, () => Operator$],
  3
];
var CreateLaunchConfigurationType$ = [
  3,
  n0,
  _CLCT,
  0,
  [_LCN, _IIm, _KN, _SG, _CLVPCI, _CLVPCSG, _UD, _IIns, _IT, _KI, _RI, _BDMl, _IM, _SPp, _IIP, _EO, _APIA, _PT, _MO],
  [0, 0, 0, 64 | 0, 0, 64 | 0, 0, 0, 0, 0, 0, () => BlockDeviceMappings, () => InstanceMonitoring$, 0, 0, 2, 2, 0, () => InstanceMetadataOptions$],
  1
];
var CreateOrUpdateTagsType$ = [
  3,
  n0,
  _COUTT,
  0,
  [_T],
  [() => Tags],
  1
];
var CustomizedMetricSpecification$ = [
  3,
  n0,
  _CMS,
  0,
  [_MN, _N, _Di, _St, _U, _Pe, _Me],
  [0, 0, () => MetricDimensions, 0, 0, 1, () => TargetTrackingMetricDataQueries]
];
var DeleteAutoScalingGroupType$ = [
  3,
  n0,
  _DASGT,
  0,
  [_ASGN, _FD],
  [0, 2],
  1
];
var DeleteLifecycleHookAnswer$ = [
  3,
  n0,
  _DLHA,
  0,
  [],
  []
];
var DeleteLifecycleHookType$ = [
  3,
  n0,
  _DLHT,
  0,
  [_LHN, _ASGN],
  [0, 0],
  2
];
var DeleteNotificationConfigurationType$ = [
  3,
  n0,
  _DNCT,
  0,
  [_ASGN, _TARN],
  [0, 0],
  2
];
var DeletePolicyType$ = [
  3,
  n0,
  _DPT,
  0,
  [_PN, _ASGN],
  [0, 0],
  1
];
var DeleteScheduledActionType$ = [
  3,
  n0,
  _DSAT,
  0,
  [_ASGN, _SANc],
  [0, 0],
  2
];
var DeleteTagsType$ = [
  3,
  n0,
  _DTT,
  0,
  [_T],
  [() => Tags],
  1
];
var DeleteWarmPoolAnswer$ = [
  3,
  n0,
  _DWPA,
  0,
  [],
  []
];
var DeleteWarmPoolType$ = [
  3,
  n0,
  _DWPT,
  0,
  [_ASGN, _FD],
  [0, 2],
  1
];
var DescribeAccountLimitsAnswer$ = [
  3,
  n0,
  _DALA,
  0,
  [_MNOASG, _MNOLC, _NOASG, _NOLC],
  [1, 1, 1, 1]
];
var DescribeAdjustmentTypesAnswer$ = [
  3,
  n0,
  _DATA,
  0,
  [_ATdj],
  [() => AdjustmentTypes]
];
var DescribeAutoScalingInstancesType$ = [
  3,
  n0,
  _DASIT,
  0,
  [_II, _MR, _NT],
  [64 | 0, 1, 0]
];
var DescribeAutoScalingNotificationTypesAnswer$ = [
  3,
  n0,
  _DASNTA,
  0,
  [_ASNT],
  [64 | 0]
];
var DescribeInstanceRefreshesAnswer$ = [
  3,
  n0,
  _DIRA,
  0,
  [_IR, _NT],
  [[() => InstanceRefreshes, 0], 0]
];
var DescribeInstanceRefreshesType$ = [
  3,
  n0,
  _DIRT,
  0,
  [_ASGN, _IRIn, _NT, _MR],
  [0, 64 | 0, 0, 1],
  1
];
var DescribeLifecycleHooksAnswer$ = [
  3,
  n0,
  _DLHAe,
  0,
  [_LH],
  [() => LifecycleHooks]
];
var DescribeLifecycleHooksType$ = [
  3,
  n0,
  _DLHTe,
  0,
  [_ASGN, _LHNi],
  [0, 64 | 0],
  1
];
var DescribeLifecycleHookTypesAnswer$ = [
  3,
  n0,
  _DLHTA,
  0,
  [_LHT],
  [64 | 0]
];
var DescribeLoadBalancersRequest$ = [
  3,
  n0,
  _DLBR,
  0,
  [_ASGN, _NT, _MR],
  [0, 0, 1],
  1
];
var DescribeLoadBalancersResponse$ = [
  3,
  n0,
  _DLBRe,
  0,
  [_LB, _NT],
  [() => LoadBalancerStates, 0]
];
var DescribeLoadBalancerTargetGroupsRequest$ = [
  3,
  n0,
  _DLBTGR,
  0,
  [_ASGN, _NT, _MR],
  [0, 0, 1],
  1
];
var DescribeLoadBalancerTargetGroupsResponse$ = [
  3,
  n0,
  _DLBTGRe,
  0,
  [_LBTG, _NT],
  [() => LoadBalancerTargetGroupStates, 0]
];
var DescribeMetricCollectionTypesAnswer$ = [
  3,
  n0,
  _DMCTA,
  0,
  [_Me, _G],
  [() => MetricCollectionTypes, () => MetricGranularityTypes]
];
var DescribeNotificationConfigurationsAnswer$ = [
  3,
  n0,
  _DNCA,
  0,
  [_NC, _NT],
  [() => NotificationConfigurations, 0],
  1
];
var DescribeNotificationConfigurationsType$ = [
  3,
  n0,
  _DNCTe,
  0,
  [_ASGNu, _NT, _MR],
  [64 | 0, 0, 1]
];
var DescribePoliciesType$ = [
  3,
  n0,
  _DPTe,
  0,
  [_ASGN, _PNo, _PTo, _NT, _MR],
  [0, 64 | 0, 64 | 0, 0, 1]
];
var DescribeScalingActivitiesType$ = [
  3,
  n0,
  _DSATe,
  0,
  [_AIc, _ASGN, _IDG, _MR, _NT, _F],
  [64 | 0, 0, 2, 1, 0, () => Filters]
];
var DescribeScheduledActionsType$ = [
  3,
  n0,
  _DSATes,
  0,
  [_ASGN, _SAN, _ST, _ET, _NT, _MR],
  [0, 64 | 0, 4, 4, 0, 1]
];
var DescribeTagsType$ = [
  3,
  n0,
  _DTTe,
  0,
  [_F, _NT, _MR],
  [() => Filters, 0, 1]
];
var DescribeTerminationPolicyTypesAnswer$ = [
  3,
  n0,
  _DTPTA,
  0,
  [_TPT],
  [64 | 0]
];
var DescribeTrafficSourcesRequest$ = [
  3,
  n0,
  _DTSR,
  0,
  [_ASGN, _TST, _NT, _MR],
  [0, 0, 0, 1],
  1
];
var DescribeTrafficSourcesResponse$ = [
  3,
  n0,
  _DTSRe,
  0,
  [_TS, _NT],
  [() => TrafficSourceStates, 0]
];
var DescribeWarmPoolAnswer$ = [
  3,
  n0,
  _DWPAe,
  0,
  [_WPC, _I, _NT],
  [() => WarmPoolConfiguration$, () => Instances, 0]
];
var DescribeWarmPoolType$ = [
  3,
  n0,
  _DWPTe,
  0,
  [_ASGN, _MR, _NT],
  [0, 1, 0],
  1
];
var DesiredConfiguration$ = [
  3,
  n0,
  _DCes,
  0,
  [_LT, _MIP],
  [() => LaunchTemplateSpecification$, [() => MixedInstancesPolicy$, 0]]
];
var DetachInstancesAnswer$ = [
  3,
  n0,
  _DIA,
  0,
  [_A],
  [() => Activities]
];
var DetachInstancesQuery$ = [
  3,
  n0,
  _DIQ,
  0,
  [_ASGN, _SDDC, _II],
  [0, 2, 64 | 0],
  2
];
var DetachLoadBalancersResultType$ = [
  3,
  n0,
  _DLBRT,
  0,
  [],
  []
];
var DetachLoadBalancersType$ = [
  3,
  n0,
  _DLBT,
  0,
  [_ASGN, _LBN],
  [0, 64 | 0],
  2
];
var DetachLoadBalancerTargetGroupsResultType$ = [
  3,
  n0,
  _DLBTGRT,
  0,
  [],
  []
];
var DetachLoadBalancerTargetGroupsType$ = [
  3,
  n0,
  _DLBTGT,
  0,
  [_ASGN, _TGARN],
  [0, 64 | 0],
  2
];
var DetachTrafficSourcesResultType$ = [
  3,
  n0,
  _DTSRT,
  0,
  [],
  []
];
var DetachTrafficSourcesType$ = [
  3,
  n0,
  _DTST,
  0,
  [_ASGN, _TS],
  [0, () => TrafficSources],
  2
];
var DisableMetricsCollectionQuery$ = [
  3,
  n0,
  _DMCQ,
  0,
  [_ASGN, _Me],
  [0, 64 | 0],
  1
];
var DistributionSegment$ = [
  3,
  n0,
  _DS,
  0,
  [_TCT],
  [64 | 0]
];
var Ebs$ = [
  3,
  n0,
  _E,
  0,
  [_SI, _VS, _VT, _DOT, _Io, _En, _Th],
  [0, 1, 0, 2, 1, 2, 1]
];
var EnabledMetric$ = [
  3,
  n0,
  _EMn,
  0,
  [_Met, _Gr],
  [0, 0]
];
var EnableMetricsCollectionQuery$ = [
  3,
  n0,
  _EMCQ,
  0,
  [_ASGN, _Gr, _Me],
  [0, 0, 64 | 0],
  2
];
var EnterStandbyAnswer$ = [
  3,
  n0,
  _ESA,
  0,
  [_A],
  [() => Activities]
];
var EnterStandbyQuery$ = [
  3,
  n0,
  _ESQ,
  0,
  [_ASGN, _SDDC, _II],
  [0, 2, 64 | 0],
  2
];
var ExecutePolicyType$ = [
  3,
  n0,
  _EPT,
  0,
  [_PN, _ASGN, _HC, _MV, _BT],
  [0, 0, 2, 1, 1],
  1
];
var ExitStandbyAnswer$ = [
  3,
  n0,
  _ESAx,
  0,
  [_A],
  [() => Activities]
];
var ExitStandbyQuery$ = [
  3,
  n0,
  _ESQx,
  0,
  [_ASGN, _II],
  [0, 64 | 0],
  1
];
var FailedScheduledUpdateGroupActionRequest$ = [
  3,
  n0,
  _FSUGAR,
  0,
  [_SANc, _EC, _EMr],
  [0, 0, 0],
  1
];
var Filter$ = [
  3,
  n0,
  _Fi,
  0,
  [_Na, _V],
  [0, 64 | 0]
];
var GetPredictiveScalingForecastAnswer$ = [
  3,
  n0,
  _GPSFA,
  0,
  [_LF, _CF, _UT],
  [() => LoadForecasts, () => CapacityForecast$, 4],
  3
];
var GetPredictiveScalingForecastType$ = [
  3,
  n0,
  _GPSFT,
  0,
  [_ASGN, _PN, _ST, _ET],
  [0, 0, 4, 4],
  4
];
var Instance$ = [
  3,
  n0,
  _In,
  0,
  [_IIns, _AZv, _LS, _HS, _PFSI, _IT, _AZIv, _LCN, _LT, _IIm, _WC],
  [0, 0, 0, 0, 2, 0, 0, 0, () => LaunchTemplateSpecification$, 0, 0],
  5
];
var InstanceCollection$ = [
  3,
  n0,
  _IC,
  0,
  [_IT, _MT, _SIu, _AZv, _AZIv, _II],
  [0, 0, 0, 0, 0, 64 | 0]
];
var InstanceLifecyclePolicy$ = [
  3,
  n0,
  _ILP,
  0,
  [_RT],
  [() => RetentionTriggers$]
];
var InstanceMaintenancePolicy$ = [
  3,
  n0,
  _IMP,
  0,
  [_MHP, _MHPa],
  [1, 1]
];
var InstanceMetadataOptions$ = [
  3,
  n0,
  _IMO,
  0,
  [_HT, _HPRHL, _HE],
  [0, 1, 0]
];
var InstanceMonitoring$ = [
  3,
  n0,
  _IM,
  0,
  [_Ena],
  [2]
];
var InstanceRefresh$ = [
  3,
  n0,
  _IRn,
  0,
  [_IRI, _ASGN, _S, _SR, _ST, _ET, _PCe, _ITU, _PD, _Pr, _DCes, _RD, _Str],
  [0, 0, 0, 0, 4, 4, 1, 1, () => InstanceRefreshProgressDetails$, () => RefreshPreferences$, [() => DesiredConfiguration$, 0], () => RollbackDetails$, 0]
];
var InstanceRefreshLivePoolProgress$ = [
  3,
  n0,
  _IRLPP,
  0,
  [_PCe, _ITU],
  [1, 1]
];
var InstanceRefreshProgressDetails$ = [
  3,
  n0,
  _IRPD,
  0,
  [_LPP, _WPP],
  [() => InstanceRefreshLivePoolProgress$, () => InstanceRefreshWarmPoolProgress$]
];
var InstanceRefreshWarmPoolProgress$ = [
  3,
  n0,
  _IRWPP,
  0,
  [_PCe, _ITU],
  [1, 1]
];
var InstanceRequirements$ = [
  3,
  n0,
  _IRns,
  0,
  [_VCC, _MMB, _CM, _MGBPVC, _EIT, _IG, _SMPPOLP, _MSPAPOOODP, _ODMPPOLP, _BM, _BP, _RHS, _NIC, _LSo, _LST, _TLSGB, _BEBM, _ATcc, _AC, _AM, _ANc, _ATMMB, _NBG, _AIT, _BPF],
  [() => VCpuCountRequest$, () => MemoryMiBRequest$, 64 | 0, () => MemoryGiBPerVCpuRequest$, 64 | 0, 64 | 0, 1, 1, 1, 0, 0, 2, () => NetworkInterfaceCountRequest$, 0, 64 | 0, () => TotalLocalStorageGBRequest$, () => BaselineEbsBandwidthMbpsRequest$, 64 | 0, () => AcceleratorCountRequest$, 64 | 0, 64 | 0, () => AcceleratorTotalMemoryMiBRequest$, () => NetworkBandwidthGbpsRequest$, 64 | 0, [() => BaselinePerformanceFactorsRequest$, 0]],
  2
];
var InstanceReusePolicy$ = [
  3,
  n0,
  _IRP,
  0,
  [_ROSI],
  [2]
];
var InstancesDistribution$ = [
  3,
  n0,
  _ID,
  0,
  [_ODAS, _ODBC, _ODPABC, _SAS, _SIP, _SMP, _DSi],
  [0, 1, 1, 0, 1, 0, () => DistributionSegments]
];
var LaunchConfiguration$ = [
  3,
  n0,
  _LC,
  0,
  [_LCN, _IIm, _IT, _CT, _LCARN, _KN, _SG, _CLVPCI, _CLVPCSG, _UD, _KI, _RI, _BDMl, _IM, _SPp, _IIP, _EO, _APIA, _PT, _MO],
  [0, 0, 0, 4, 0, 0, 64 | 0, 0, 64 | 0, 0, 0, 0, () => BlockDeviceMappings, () => InstanceMonitoring$, 0, 0, 2, 2, 0, () => InstanceMetadataOptions$],
  4
];
var LaunchConfigurationNamesType$ = [
  3,
  n0,
  _LCNT,
  0,
  [_LCNa, _NT, _MR],
  [64 | 0, 0, 1]
];
var LaunchConfigurationNameType$ = [
  3,
  n0,
  _LCNTa,
  0,
  [_LCN],
  [0],
  1
];
var LaunchConfigurationsType$ = [
  3,
  n0,
  _LCT,
  0,
  [_LCa, _NT],
  [() => LaunchConfigurations, 0],
  1
];
var LaunchInstancesError$ = [
  3,
  n0,
  _LIE,
  0,
  [_IT, _MT, _SIu, _AZv, _AZIv, _EC, _EMr],
  [0, 0, 0, 0, 0, 0, 0]
];
var LaunchInstancesRequest$ = [
  3,
  n0,
  _LIR,
  0,
  [_ASGN, _RC, _CTl, _AZ, _AZI, _SIub, _RS],
  [0, 1, [0, 4], 64 | 0, 64 | 0, 64 | 0, 0],
  2
];
var LaunchInstancesResult$ = [
  3,
  n0,
  _LIRa,
  0,
  [_ASGN, _CTl, _I, _Er],
  [0, 0, () => InstanceCollections, () => LaunchInstancesErrors]
];
var LaunchTemplate$ = [
  3,
  n0,
  _LT,
  0,
  [_LTS, _Ov],
  [() => LaunchTemplateSpecification$, [() => Overrides, 0]]
];
var LaunchTemplateOverrides$ = [
  3,
  n0,
  _LTO,
  0,
  [_IT, _WC, _LTS, _IRns, _IIm],
  [0, 0, () => LaunchTemplateSpecification$, [() => InstanceRequirements$, 0], 0]
];
var LaunchTemplateSpecification$ = [
  3,
  n0,
  _LTS,
  0,
  [_LTI, _LTN, _Ve],
  [0, 0, 0]
];
var LifecycleHook$ = [
  3,
  n0,
  _LHi,
  0,
  [_LHN, _ASGN, _LTi, _NTARN, _RARN, _NM, _HTe, _GT, _DR],
  [0, 0, 0, 0, 0, 0, 1, 1, 0]
];
var LifecycleHookSpecification$ = [
  3,
  n0,
  _LHS,
  0,
  [_LHN, _LTi, _NM, _HTe, _DR, _NTARN, _RARN],
  [0, 0, 0, 1, 0, 0, 0],
  2
];
var LoadBalancerState$ = [
  3,
  n0,
  _LBS,
  0,
  [_LBNo, _Sta],
  [0, 0]
];
var LoadBalancerTargetGroupState$ = [
  3,
  n0,
  _LBTGS,
  0,
  [_LBTGARN, _Sta],
  [0, 0]
];
var LoadForecast$ = [
  3,
  n0,
  _LF,
  0,
  [_Ti, _V, _MSe],
  [64 | 4, 64 | 1, () => PredictiveScalingMetricSpecification$],
  3
];
var MemoryGiBPerVCpuRequest$ = [
  3,
  n0,
  _MGBPVCR,
  0,
  [_Mi, _Ma],
  [1, 1]
];
var MemoryMiBRequest$ = [
  3,
  n0,
  _MMBR,
  0,
  [_Mi, _Ma],
  [1, 1],
  1
];
var Metric$ = [
  3,
  n0,
  _Met,
  0,
  [_N, _MN, _Di],
  [0, 0, () => MetricDimensions],
  2
];
var MetricCollectionType$ = [
  3,
  n0,
  _MCT,
  0,
  [_Met],
  [0]
];
var MetricDataQuery$ = [
  3,
  n0,
  _MDQ,
  0,
  [_Id, _Ex, _MSet, _L, _RDe],
  [0, 0, () => MetricStat$, 0, 2],
  1
];
var MetricDimension$ = [
  3,
  n0,
  _MD,
  0,
  [_Na, _Va],
  [0, 0],
  2
];
var MetricGranularityType$ = [
  3,
  n0,
  _MGT,
  0,
  [_Gr],
  [0]
];
var MetricStat$ = [
  3,
  n0,
  _MSet,
  0,
  [_Met, _Stat, _U],
  [() => Metric$, 0, 0],
  2
];
var MixedInstancesPolicy$ = [
  3,
  n0,
  _MIP,
  0,
  [_LT, _ID],
  [[() => LaunchTemplate$, 0], () => InstancesDistribution$]
];
var NetworkBandwidthGbpsRequest$ = [
  3,
  n0,
  _NBGR,
  0,
  [_Mi, _Ma],
  [1, 1]
];
var NetworkInterfaceCountRequest$ = [
  3,
  n0,
  _NICR,
  0,
  [_Mi, _Ma],
  [1, 1]
];
var NotificationConfiguration$ = [
  3,
  n0,
  _NCo,
  0,
  [_ASGN, _TARN, _NTo],
  [0, 0, 0]
];
var Operator$ = [
  3,
  n0,
  _O,
  0,
  [_Pri],
  [0],
  1
];
var PerformanceFactorReferenceRequest$ = [
  3,
  n0,
  _PFRR,
  0,
  [_IF],
  [0]
];
var PoliciesType$ = [
  3,
  n0,
  _PTol,
  0,
  [_SPc, _NT],
  [() => ScalingPolicies, 0]
];
var PolicyARNType$ = [
  3,
  n0,
  _PARNT,
  0,
  [_PARN, _Ala],
  [0, () => Alarms]
];
var PredefinedMetricSpecification$ = [
  3,
  n0,
  _PMS,
  0,
  [_PMT, _RL],
  [0, 0],
  1
];
var PredictiveScalingConfiguration$ = [
  3,
  n0,
  _PSC,
  0,
  [_MSetr, _Mo, _SBT, _MCBB, _MCB],
  [() => PredictiveScalingMetricSpecifications, 0, 1, 0, 1],
  1
];
var PredictiveScalingCustomizedCapacityMetric$ = [
  3,
  n0,
  _PSCCM,
  0,
  [_MDQe],
  [() => MetricDataQueries],
  1
];
var PredictiveScalingCustomizedLoadMetric$ = [
  3,
  n0,
  _PSCLM,
  0,
  [_MDQe],
  [() => MetricDataQueries],
  1
];
var PredictiveScalingCustomizedScalingMetric$ = [
  3,
  n0,
  _PSCSM,
  0,
  [_MDQe],
  [() => MetricDataQueries],
  1
];
var PredictiveScalingMetricSpecification$ = [
  3,
  n0,
  _PSMS,
  0,
  [_TV, _PMPS, _PSMSr, _PLMS, _CSMS, _CLMS, _CCMS],
  [1, () => PredictiveScalingPredefinedMetricPair$, () => PredictiveScalingPredefinedScalingMetric$, () => PredictiveScalingPredefinedLoadMetric$, () => PredictiveScalingCustomizedScalingMetric$, () => PredictiveScalingCustomizedLoadMetric$, () => PredictiveScalingCustomizedCapacityMetric$],
  1
];
var PredictiveScalingPredefinedLoadMetric$ = [
  3,
  n0,
  _PSPLM,
  0,
  [_PMT, _RL],
  [0, 0],
  1
];
var PredictiveScalingPredefinedMetricPair$ = [
  3,
  n0,
  _PSPMP,
  0,
  [_PMT, _RL],
  [0, 0],
  1
];
var PredictiveScalingPredefinedScalingMetric$ = [
  3,
  n0,
  _PSPSM,
  0,
  [_PMT, _RL],
  [0, 0],
  1
];
var ProcessesType$ = [
  3,
  n0,
  _PTr,
  0,
  [_Pro],
  [() => Processes]
];
var ProcessType$ = [
  3,
  n0,
  _PTro,
  0,
  [_PNr],
  [0],
  1
];
var PutLifecycleHookAnswer$ = [
  3,
  n0,
  _PLHA,
  0,
  [],
  []
];
var PutLifecycleHookType$ = [
  3,
  n0,
  _PLHT,
  0,
  [_LHN, _ASGN, _LTi, _RARN, _NTARN, _NM, _HTe, _DR],
  [0, 0, 0, 0, 0, 0, 1, 0],
  2
];
var PutNotificationConfigurationType$ = [
  3,
  n0,
  _PNCT,
  0,
  [_ASGN, _TARN, _NTot],
  [0, 0, 64 | 0],
  3
];
var PutScalingPolicyType$ = [
  3,
  n0,
  _PSPT,
  0,
  [_ASGN, _PN, _PToli, _ATd, _MAS, _MAM, _SA, _Coo, _MAT, _SAt, _EIW, _TTC, _Ena, _PSC],
  [0, 0, 0, 0, 1, 1, 1, 1, 0, () => StepAdjustments, 1, () => TargetTrackingConfiguration$, 2, () => PredictiveScalingConfiguration$],
  2
];
var PutScheduledUpdateGroupActionType$ = [
  3,
  n0,
  _PSUGAT,
  0,
  [_ASGN, _SANc, _Tim, _ST, _ET, _Rec, _MS, _MSa, _DC, _TZ],
  [0, 0, 4, 4, 4, 0, 1, 1, 1, 0],
  2
];
var PutWarmPoolAnswer$ = [
  3,
  n0,
  _PWPA,
  0,
  [],
  []
];
var PutWarmPoolType$ = [
  3,
  n0,
  _PWPT,
  0,
  [_ASGN, _MGPC, _MS, _PS, _IRP],
  [0, 1, 1, 0, () => InstanceReusePolicy$],
  1
];
var RecordLifecycleActionHeartbeatAnswer$ = [
  3,
  n0,
  _RLAHA,
  0,
  [],
  []
];
var RecordLifecycleActionHeartbeatType$ = [
  3,
  n0,
  _RLAHT,
  0,
  [_LHN, _ASGN, _LAT, _IIns],
  [0, 0, 0, 0],
  2
];
var RefreshPreferences$ = [
  3,
  n0,
  _RP,
  0,
  [_MHP, _IW, _CP, _CD, _SMk, _AR, _SIPI, _SIt, _AS, _MHPa, _BTa],
  [1, 1, 64 | 1, 1, 2, 2, 0, 0, () => AlarmSpecification$, 1, 1]
];
var RetentionTriggers$ = [
  3,
  n0,
  _RT,
  0,
  [_THA],
  [0]
];
var RollbackDetails$ = [
  3,
  n0,
  _RD,
  0,
  [_RR, _RST, _PCOR, _ITUOR, _PDOR],
  [0, 4, 1, 1, () => InstanceRefreshProgressDetails$]
];
var RollbackInstanceRefreshAnswer$ = [
  3,
  n0,
  _RIRA,
  0,
  [_IRI],
  [0]
];
var RollbackInstanceRefreshType$ = [
  3,
  n0,
  _RIRT,
  0,
  [_ASGN],
  [0],
  1
];
var ScalingPolicy$ = [
  3,
  n0,
  _SPca,
  0,
  [_ASGN, _PN, _PARN, _PToli, _ATd, _MAS, _MAM, _SA, _Coo, _SAt, _MAT, _EIW, _Ala, _TTC, _Ena, _PSC],
  [0, 0, 0, 0, 0, 1, 1, 1, 1, () => StepAdjustments, 0, 1, () => Alarms, () => TargetTrackingConfiguration$, 2, () => PredictiveScalingConfiguration$]
];
var ScalingProcessQuery$ = [
  3,
  n0,
  _SPQ,
  0,
  [_ASGN, _SPcal],
  [0, 64 | 0],
  1
];
var ScheduledActionsType$ = [
  3,
  n0,
  _SAT,
  0,
  [_SUGA, _NT],
  [() => ScheduledUpdateGroupActions, 0]
];
var ScheduledUpdateGroupAction$ = [
  3,
  n0,
  _SUGAc,
  0,
  [_ASGN, _SANc, _SAARN, _Tim, _ST, _ET, _Rec, _MS, _MSa, _DC, _TZ],
  [0, 0, 0, 4, 4, 4, 0, 1, 1, 1, 0]
];
var ScheduledUpdateGroupActionRequest$ = [
  3,
  n0,
  _SUGAR,
  0,
  [_SANc, _ST, _ET, _Rec, _MS, _MSa, _DC, _TZ],
  [0, 4, 4, 0, 1, 1, 1, 0],
  1
];
var SetDesiredCapacityType$ = [
  3,
  n0,
  _SDCT,
  0,
  [_ASGN, _DC, _HC],
  [0, 1, 2],
  2
];
var SetInstanceHealthQuery$ = [
  3,
  n0,
  _SIHQ,
  0,
  [_IIns, _HS, _SRGP],
  [0, 0, 2],
  2
];
var SetInstanceProtectionAnswer$ = [
  3,
  n0,
  _SIPA,
  0,
  [],
  []
];
var SetInstanceProtectionQuery$ = [
  3,
  n0,
  _SIPQ,
  0,
  [_II, _ASGN, _PFSI],
  [64 | 0, 0, 2],
  3
];
var StartInstanceRefreshAnswer$ = [
  3,
  n0,
  _SIRA,
  0,
  [_IRI],
  [0]
];
var StartInstanceRefreshType$ = [
  3,
  n0,
  _SIRT,
  0,
  [_ASGN, _Str, _DCes, _Pr],
  [0, 0, [() => DesiredConfiguration$, 0], () => RefreshPreferences$],
  1
];
var StepAdjustment$ = [
  3,
  n0,
  _SAte,
  0,
  [_SA, _MILB, _MIUB],
  [1, 1, 1],
  1
];
var SuspendedProcess$ = [
  3,
  n0,
  _SPu,
  0,
  [_PNr, _SRu],
  [0, 0]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _RIe, _RTe, _Va, _PAL],
  [0, 0, 0, 0, 2],
  1
];
var TagDescription$ = [
  3,
  n0,
  _TD,
  0,
  [_RIe, _RTe, _K, _Va, _PAL],
  [0, 0, 0, 0, 2]
];
var TagsType$ = [
  3,
  n0,
  _TT,
  0,
  [_T, _NT],
  [() => TagDescriptionList, 0]
];
var TargetTrackingConfiguration$ = [
  3,
  n0,
  _TTC,
  0,
  [_TV, _PMS, _CMS, _DSI],
  [1, () => PredefinedMetricSpecification$, () => CustomizedMetricSpecification$, 2],
  1
];
var TargetTrackingMetricDataQuery$ = [
  3,
  n0,
  _TTMDQ,
  0,
  [_Id, _Ex, _MSet, _L, _Pe, _RDe],
  [0, 0, () => TargetTrackingMetricStat$, 0, 1, 2],
  1
];
var TargetTrackingMetricStat$ = [
  3,
  n0,
  _TTMS,
  0,
  [_Met, _Stat, _U, _Pe],
  [() => Metric$, 0, 0, 1],
  2
];
var TerminateInstanceInAutoScalingGroupType$ = [
  3,
  n0,
  _TIIASGT,
  0,
  [_SDDC, _IIns, _II, _ASGN],
  [2, 0, 64 | 0, 0],
  1
];
var TotalLocalStorageGBRequest$ = [
  3,
  n0,
  _TLSGBR,
  0,
  [_Mi, _Ma],
  [1, 1]
];
var TrafficSourceIdentifier$ = [
  3,
  n0,
  _TSI,
  0,
  [_Ide, _Ty],
  [0, 0],
  1
];
var TrafficSourceState$ = [
  3,
  n0,
  _TSS,
  0,
  [_TSr, _Sta, _Ide, _Ty],
  [0, 0, 0, 0]
];
var UpdateAutoScalingGroupType$ = [
  3,
  n0,
  _UASGT,
  0,
  [_ASGN, _LCN, _LT, _MIP, _MS, _MSa, _DC, _DCe, _AZ, _AZI, _HCT, _HCGP, _PG, _VPCZI, _TP, _NIPFSI, _SLRARN, _MIL, _CR, _Co, _DCT, _DIW, _IMP, _AZD, _AZIP, _SZSV, _CRS, _ILP, _DP],
  [0, 0, () => LaunchTemplateSpecification$, [() => MixedInstancesPolicy$, 0], 1, 1, 1, 1, 64 | 0, 64 | 0, 0, 1, 0, 0, 64 | 0, 2, 0, 1, 2, 0, 0, 1, () => InstanceMaintenancePolicy$, () => AvailabilityZoneDistribution$, () => AvailabilityZoneImpairmentPolicy$, 2, () => CapacityReservationSpecification$, () => InstanceLifecyclePolicy$, 0],
  1
];
var VCpuCountRequest$ = [
  3,
  n0,
  _VCCR,
  0,
  [_Mi, _Ma],
  [1, 1],
  1
];
var WarmPoolConfiguration$ = [
  3,
  n0,
  _WPC,
  0,
  [_MGPC, _MS, _PS, _S, _IRP],
  [1, 1, 0, 0, () => InstanceReusePolicy$]
];
var __Unit = "unit";
var AcceleratorManufacturers = 64 | 0;
var AcceleratorNames = 64 | 0;
var AcceleratorTypes = 64 | 0;
var Activities = [
  1,
  n0,
  _A,
  0,
  () => Activity$
];
var ActivityIds = 64 | 0;
var AdjustmentTypes = [
  1,
  n0,
  _ATdj,
  0,
  () => AdjustmentType$
];
var AlarmList = 64 | 0;
var Alarms = [
  1,
  n0,
  _Ala,
  0,
  () => Alarm$
];
var AllowedInstanceTypes = 64 | 0;
var AutoScalingGroupNames = 64 | 0;
var AutoScalingGroups = [
  1,
  n0,
  _ASGu,
  0,
  [
    () => AutoScalingGroup$,
    0
  ]
];
var AutoScalingInstances = [
  1,
  n0,
  _ASI,
  0,
  () => AutoScalingInstanceDetails$
];
var AutoScalingNotificationTypes = 64 | 0;
var AvailabilityZoneIds = 64 | 0;
var AvailabilityZoneIdsLimit1 = 64 | 0;
var AvailabilityZones = 64 | 0;
var AvailabilityZonesLimit1 = 64 | 0;
var BlockDeviceMappings = [
  1,
  n0,
  _BDMl,
  0,
  () => BlockDeviceMapping$
];
var CapacityReservationIds = 64 | 0;
var CapacityReservationResourceGroupArns = 64 | 0;
var CheckpointPercentages = 64 | 1;
var ClassicLinkVPCSecurityGroups = 64 | 0;
var CpuManufacturers = 64 | 0;
var DistributionSegments = [
  1,
  n0,
  _DSi,
  0,
  () => DistributionSegment$
];
var EnabledMetrics = [
  1,
  n0,
  _EM,
  0,
  () => EnabledMetric$
];
var ExcludedInstanceTypes = 64 | 0;
var FailedScheduledUpdateGroupActionRequests = [
  1,
  n0,
  _FSUGARa,
  0,
  () => FailedScheduledUpdateGroupActionRequest$
];
var Filters = [
  1,
  n0,
  _F,
  0,
  () => Filter$
];
var InstanceCollections = [
  1,
  n0,
  _ICn,
  0,
  () => InstanceCollection$
];
var InstanceGenerations = 64 | 0;
var InstanceIds = 64 | 0;
var InstanceRefreshes = [
  1,
  n0,
  _IR,
  0,
  [
    () => InstanceRefresh$,
    0
  ]
];
var InstanceRefreshIds = 64 | 0;
var Instances = [
  1,
  n0,
  _I,
  0,
  () => Instance$
];
var LaunchConfigurationNames = 64 | 0;
var LaunchConfigurations = [
  1,
  n0,
  _LCa,
  0,
  () => LaunchConfiguration$
];
var LaunchInstancesErrors = [
  1,
  n0,
  _LIEa,
  0,
  () => LaunchInstancesError$
];
var LifecycleHookNames = 64 | 0;
var LifecycleHooks = [
  1,
  n0,
  _LH,
  0,
  () => LifecycleHook$
];
var LifecycleHookSpecifications = [
  1,
  n0,
  _LHSi,
  0,
  () => LifecycleHookSpecification$
];
var LoadBalancerNames = 64 | 0;
var LoadBalancerStates = [
  1,
  n0,
  _LBSo,
  0,
  () => LoadBalancerState$
];
var LoadBalancerTargetGroupStates = [
  1,
  n0,
  _LBTGSo,
  0,
  () => LoadBalancerTargetGroupState$
];
var LoadForecasts = [
  1,
  n0,
  _LFo,
  0,
  () => LoadForecast$
];
var LocalStorageTypes = 64 | 0;
var MetricCollectionTypes = [
  1,
  n0,
  _MCTe,
  0,
  () => MetricCollectionType$
];
var MetricDataQueries = [
  1,
  n0,
  _MDQe,
  0,
  () => MetricDataQuery$
];
var MetricDimensions = [
  1,
  n0,
  _MDe,
  0,
  () => MetricDimension$
];
var MetricGranularityTypes = [
  1,
  n0,
  _MGTe,
  0,
  () => MetricGranularityType$
];
var Metrics = 64 | 0;
var NotificationConfigurations = [
  1,
  n0,
  _NC,
  0,
  () => NotificationConfiguration$
];
var Overrides = [
  1,
  n0,
  _Ov,
  0,
  [
    () => LaunchTemplateOverrides$,
    0
  ]
];
var PerformanceFactorReferenceSetRequest = [
  1,
  n0,
  _PFRSR,
  0,
  [
    () => PerformanceFactorReferenceRequest$,
    { [_xN]: _i }
  ]
];
var PolicyNames = 64 | 0;
var PolicyTypes = 64 | 0;
var PredictiveScalingForecastTimestamps = 64 | 4;
var PredictiveScalingForecastValues = 64 | 1;
var PredictiveScalingMetricSpecifications = [
  1,
  n0,
  _PSMSre,
  0,
  () => PredictiveScalingMetricSpecification$
];
var Processes = [
  1,
  n0,
  _Pro,
  0,
  () => ProcessType$
];
var ProcessNames = 64 | 0;
var ScalingPolicies = [
  1,
  n0,
  _SPc,
  0,
  () => ScalingPolicy$
];
var ScheduledActionNames = 64 | 0;
var ScheduledUpdateGroupActionRequests = [
  1,
  n0,
  _SUGARc,
  0,
  () => ScheduledUpdateGroupActionRequest$
];
var ScheduledUpdateGroupActions = [
  1,
  n0,
  _SUGA,
  0,
  () => ScheduledUpdateGroupAction$
];
var SecurityGroups = 64 | 0;
var StepAdjustments = [
  1,
  n0,
  _SAt,
  0,
  () => StepAdjustment$
];
var SubnetIdsLimit1 = 64 | 0;
var SuspendedProcesses = [
  1,
  n0,
  _SP,
  0,
  () => SuspendedProcess$
];
var TagDescriptionList = [
  1,
  n0,
  _TDL,
  0,
  () => TagDescription$
];
var Tags = [
  1,
  n0,
  _T,
  0,
  () => Tag$
];
var TargetCapacityTypes = 64 | 0;
var TargetGroupARNs = 64 | 0;
var TargetTrackingMetricDataQueries = [
  1,
  n0,
  _TTMDQa,
  0,
  () => TargetTrackingMetricDataQuery$
];
var TerminationInstanceIds = 64 | 0;
var TerminationPolicies = 64 | 0;
var TrafficSources = [
  1,
  n0,
  _TS,
  0,
  () => TrafficSourceIdentifier$
];
var TrafficSourceStates = [
  1,
  n0,
  _TSSr,
  0,
  () => TrafficSourceState$
];
var Values = 64 | 0;
var AttachInstances$ = [
  9,
  n0,
  _AIt,
  0,
  () => AttachInstancesQuery$,
  () => __Unit
];
var AttachLoadBalancers$ = [
  9,
  n0,
  _ALB,
  0,
  () => AttachLoadBalancersType$,
  () => AttachLoadBalancersResultType$
];
var AttachLoadBalancerTargetGroups$ = [
  9,
  n0,
  _ALBTG,
  0,
  () => AttachLoadBalancerTargetGroupsType$,
  () => AttachLoadBalancerTargetGroupsResultType$
];
var AttachTrafficSources$ = [
  9,
  n0,
  _ATS,
  0,
  () => AttachTrafficSourcesType$,
  () => AttachTrafficSourcesResultType$
];
var BatchDeleteScheduledAction$ = [
  9,
  n0,
  _BDSA,
  0,
  () => BatchDeleteScheduledActionType$,
  () => BatchDeleteScheduledActionAnswer$
];
var BatchPutScheduledUpdateGroupAction$ = [
  9,
  n0,
  _BPSUGA,
  0,
  () => BatchPutScheduledUpdateGroupActionType$,
  () => BatchPutScheduledUpdateGroupActionAnswer$
];
var CancelInstanceRefresh$ = [
  9,
  n0,
  _CIR,
  0,
  () => CancelInstanceRefreshType$,
  () => CancelInstanceRefreshAnswer$
];
var CompleteLifecycleAction$ = [
  9,
  n0,
  _CLA,
  0,
  () => CompleteLifecycleActionType$,
  () => CompleteLifecycleActionAnswer$
];
var CreateAutoScalingGroup$ = [
  9,
  n0,
  _CASG,
  0,
  () => CreateAutoScalingGroupType$,
  () => __Unit
];
var CreateLaunchConfiguration$ = [
  9,
  n0,
  _CLC,
  0,
  () => CreateLaunchConfigurationType$,
  () => __Unit
];
var CreateOrUpdateTags$ = [
  9,
  n0,
  _COUT,
  0,
  () => CreateOrUpdateTagsType$,
  () => __Unit
];
var DeleteAutoScalingGroup$ = [
  9,
  n0,
  _DASG,
  0,
  () => DeleteAutoScalingGroupType$,
  () => __Unit
];
var DeleteLaunchConfiguration$ = [
  9,
  n0,
  _DLC,
  0,
  () => LaunchConfigurationNameType$,
  () => __Unit
];
var DeleteLifecycleHook$ = [
  9,
  n0,
  _DLH,
  0,
  () => DeleteLifecycleHookType$,
  () => DeleteLifecycleHookAnswer$
];
var DeleteNotificationConfiguration$ = [
  9,
  n0,
  _DNC,
  0,
  () => DeleteNotificationConfigurationType$,
  () => __Unit
];
var DeletePolicy$ = [
  9,
  n0,
  _DPe,
  0,
  () => DeletePolicyType$,
  () => __Unit
];
var DeleteScheduledAction$ = [
  9,
  n0,
  _DSA,
  0,
  () => DeleteScheduledActionType$,
  () => __Unit
];
var DeleteTags$ = [
  9,
  n0,
  _DT,
  0,
  () => DeleteTagsType$,
  () => __Unit
];
var DeleteWarmPool$ = [
  9,
  n0,
  _DWP,
  0,
  () => DeleteWarmPoolType$,
  () => DeleteWarmPoolAnswer$
];
var DescribeAccountLimits$ = [
  9,
  n0,
  _DAL,
  0,
  () => __Unit,
  () => DescribeAccountLimitsAnswer$
];
var DescribeAdjustmentTypes$ = [
  9,
  n0,
  _DAT,
  0,
  () => __Unit,
  () => DescribeAdjustmentTypesAnswer$
];
var DescribeAutoScalingGroups$ = [
  9,
  n0,
  _DASGe,
  0,
  () => AutoScalingGroupNamesType$,
  () => AutoScalingGroupsType$
];
var DescribeAutoScalingInstances$ = [
  9,
  n0,
  _DASI,
  0,
  () => DescribeAutoScalingInstancesType$,
  () => AutoScalingInstancesType$
];
var DescribeAutoScalingNotificationTypes$ = [
  9,
  n0,
  _DASNT,
  0,
  () => __Unit,
  () => DescribeAutoScalingNotificationTypesAnswer$
];
var DescribeInstanceRefreshes$ = [
  9,
  n0,
  _DIR,
  0,
  () => DescribeInstanceRefreshesType$,
  () => DescribeInstanceRefreshesAnswer$
];
var DescribeLaunchConfigurations$ = [
  9,
  n0,
  _DLCe,
  0,
  () => LaunchConfigurationNamesType$,
  () => LaunchConfigurationsType$
];
var DescribeLifecycleHooks$ = [
  9,
  n0,
  _DLHe,
  0,
  () => DescribeLifecycleHooksType$,
  () => DescribeLifecycleHooksAnswer$
];
var DescribeLifecycleHookTypes$ = [
  9,
  n0,
  _DLHTes,
  0,
  () => __Unit,
  () => DescribeLifecycleHookTypesAnswer$
];
var DescribeLoadBalancers$ = [
  9,
  n0,
  _DLB,
  0,
  () => DescribeLoadBalancersRequest$,
  () => DescribeLoadBalancersResponse$
];
var DescribeLoadBalancerTargetGroups$ = [
  9,
  n0,
  _DLBTG,
  0,
  () => DescribeLoadBalancerTargetGroupsRequest$,
  () => DescribeLoadBalancerTargetGroupsResponse$
];
var DescribeMetricCollectionTypes$ = [
  9,
  n0,
  _DMCT,
  0,
  () => __Unit,
  () => DescribeMetricCollectionTypesAnswer$
];
var DescribeNotificationConfigurations$ = [
  9,
  n0,
  _DNCe,
  0,
  () => DescribeNotificationConfigurationsType$,
  () => DescribeNotificationConfigurationsAnswer$
];
var DescribePolicies$ = [
  9,
  n0,
  _DPes,
  0,
  () => DescribePoliciesType$,
  () => PoliciesType$
];
var DescribeScalingActivities$ = [
  9,
  n0,
  _DSAe,
  0,
  () => DescribeScalingActivitiesType$,
  () => ActivitiesType$
];
var DescribeScalingProcessTypes$ = [
  9,
  n0,
  _DSPT,
  0,
  () => __Unit,
  () => ProcessesType$
];
var DescribeScheduledActions$ = [
  9,
  n0,
  _DSAes,
  0,
  () => DescribeScheduledActionsType$,
  () => ScheduledActionsType$
];
var DescribeTags$ = [
  9,
  n0,
  _DTe,
  0,
  () => DescribeTagsType$,
  () => TagsType$
];
var DescribeTerminationPolicyTypes$ = [
  9,
  n0,
  _DTPT,
  0,
  () => __Unit,
  () => DescribeTerminationPolicyTypesAnswer$
];
var DescribeTrafficSources$ = [
  9,
  n0,
  _DTS,
  0,
  () => DescribeTrafficSourcesRequest$,
  () => DescribeTrafficSourcesResponse$
];
var DescribeWarmPool$ = [
  9,
  n0,
  _DWPe,
  0,
  () => DescribeWarmPoolType$,
  () => DescribeWarmPoolAnswer$
];
var DetachInstances$ = [
  9,
  n0,
  _DI,
  0,
  () => DetachInstancesQuery$,
  () => DetachInstancesAnswer$
];
var DetachLoadBalancers$ = [
  9,
  n0,
  _DLBe,
  0,
  () => DetachLoadBalancersType$,
  () => DetachLoadBalancersResultType$
];
var DetachLoadBalancerTargetGroups$ = [
  9,
  n0,
  _DLBTGe,
  0,
  () => DetachLoadBalancerTargetGroupsType$,
  () => DetachLoadBalancerTargetGroupsResultType$
];
var DetachTrafficSources$ = [
  9,
  n0,
  _DTSe,
  0,
  () => DetachTrafficSourcesType$,
  () => DetachTrafficSourcesResultType$
];
var DisableMetricsCollection$ = [
  9,
  n0,
  _DMC,
  0,
  () => DisableMetricsCollectionQuery$,
  () => __Unit
];
var EnableMetricsCollection$ = [
  9,
  n0,
  _EMC,
  0,
  () => EnableMetricsCollectionQuery$,
  () => __Unit
];
var EnterStandby$ = [
  9,
  n0,
  _ES,
  0,
  () => EnterStandbyQuery$,
  () => EnterStandbyAnswer$
];
var ExecutePolicy$ = [
  9,
  n0,
  _EP,
  0,
  () => ExecutePolicyType$,
  () => __Unit
];
var ExitStandby$ = [
  9,
  n0,
  _ESx,
  0,
  () => ExitStandbyQuery$,
  () => ExitStandbyAnswer$
];
var GetPredictiveScalingForecast$ = [
  9,
  n0,
  _GPSF,
  0,
  () => GetPredictiveScalingForecastType$,
  () => GetPredictiveScalingForecastAnswer$
];
var LaunchInstances$ = [
  9,
  n0,
  _LI,
  0,
  () => LaunchInstancesRequest$,
  () => LaunchInstancesResult$
];
var PutLifecycleHook$ = [
  9,
  n0,
  _PLH,
  0,
  () => PutLifecycleHookType$,
  () => PutLifecycleHookAnswer$
];
var PutNotificationConfiguration$ = [
  9,
  n0,
  _PNC,
  0,
  () => PutNotificationConfigurationType$,
  () => __Unit
];
var PutScalingPolicy$ = [
  9,
  n0,
  _PSP,
  0,
  () => PutScalingPolicyType$,
  () => PolicyARNType$
];
var PutScheduledUpdateGroupAction$ = [
  9,
  n0,
  _PSUGA,
  0,
  () => PutScheduledUpdateGroupActionType$,
  () => __Unit
];
var PutWarmPool$ = [
  9,
  n0,
  _PWP,
  0,
  () => PutWarmPoolType$,
  () => PutWarmPoolAnswer$
];
var RecordLifecycleActionHeartbeat$ = [
  9,
  n0,
  _RLAH,
  0,
  () => RecordLifecycleActionHeartbeatType$,
  () => RecordLifecycleActionHeartbeatAnswer$
];
var ResumeProcesses$ = [
  9,
  n0,
  _RPe,
  0,
  () => ScalingProcessQuery$,
  () => __Unit
];
var RollbackInstanceRefresh$ = [
  9,
  n0,
  _RIR,
  0,
  () => RollbackInstanceRefreshType$,
  () => RollbackInstanceRefreshAnswer$
];
var SetDesiredCapacity$ = [
  9,
  n0,
  _SDC,
  0,
  () => SetDesiredCapacityType$,
  () => __Unit
];
var SetInstanceHealth$ = [
  9,
  n0,
  _SIH,
  0,
  () => SetInstanceHealthQuery$,
  () => __Unit
];
var SetInstanceProtection$ = [
  9,
  n0,
  _SIPe,
  0,
  () => SetInstanceProtectionQuery$,
  () => SetInstanceProtectionAnswer$
];
var StartInstanceRefresh$ = [
  9,
  n0,
  _SIR,
  0,
  () => StartInstanceRefreshType$,
  () => StartInstanceRefreshAnswer$
];
var SuspendProcesses$ = [
  9,
  n0,
  _SPus,
  0,
  () => ScalingProcessQuery$,
  () => __Unit
];
var TerminateInstanceInAutoScalingGroup$ = [
  9,
  n0,
  _TIIASG,
  0,
  () => TerminateInstanceInAutoScalingGroupType$,
  () => ActivityType$
];
var UpdateAutoScalingGroup$ = [
  9,
  n0,
  _UASG,
  0,
  () => UpdateAutoScalingGroupType$,
  () => __Unit
];

// node_modules/@aws-sdk/client-auto-scaling/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2011-01-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAutoScalingHttpAuthSchemeProvider,
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
      defaultNamespace: "com.amazonaws.autoscaling",
      errorTypeRegistries,
      xmlNamespace: "http://autoscaling.amazonaws.com/doc/2011-01-01/",
      version: "2011-01-01",
      serviceTarget: "AutoScaling_2011_01_01"
    },
    serviceId: config?.serviceId ?? "Auto Scaling",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-auto-scaling/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-auto-scaling/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/AutoScalingClient.js
var AutoScalingClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultAutoScalingHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AutoScaling_2011_01_01", "AutoScalingClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/AttachInstancesCommand.js
var AttachInstancesCommand = class extends command(_ep0, _mw0, "AttachInstances", AttachInstances$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/AttachLoadBalancersCommand.js
var AttachLoadBalancersCommand = class extends command(_ep0, _mw0, "AttachLoadBalancers", AttachLoadBalancers$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/AttachLoadBalancerTargetGroupsCommand.js
var AttachLoadBalancerTargetGroupsCommand = class extends command(_ep0, _mw0, "AttachLoadBalancerTargetGroups", AttachLoadBalancerTargetGroups$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/AttachTrafficSourcesCommand.js
var AttachTrafficSourcesCommand = class extends command(_ep0, _mw0, "AttachTrafficSources", AttachTrafficSources$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/BatchDeleteScheduledActionCommand.js
var BatchDeleteScheduledActionCommand = class extends command(_ep0, _mw0, "BatchDeleteScheduledAction", BatchDeleteScheduledAction$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/BatchPutScheduledUpdateGroupActionCommand.js
var BatchPutScheduledUpdateGroupActionCommand = class extends command(_ep0, _mw0, "BatchPutScheduledUpdateGroupAction", BatchPutScheduledUpdateGroupAction$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/CancelInstanceRefreshCommand.js
var CancelInstanceRefreshCommand = class extends command(_ep0, _mw0, "CancelInstanceRefresh", CancelInstanceRefresh$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/CompleteLifecycleActionCommand.js
var CompleteLifecycleActionCommand = class extends command(_ep0, _mw0, "CompleteLifecycleAction", CompleteLifecycleAction$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/CreateAutoScalingGroupCommand.js
var CreateAutoScalingGroupCommand = class extends command(_ep0, _mw0, "CreateAutoScalingGroup", CreateAutoScalingGroup$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/CreateLaunchConfigurationCommand.js
var CreateLaunchConfigurationCommand = class extends command(_ep0, _mw0, "CreateLaunchConfiguration", CreateLaunchConfiguration$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/CreateOrUpdateTagsCommand.js
var CreateOrUpdateTagsCommand = class extends command(_ep0, _mw0, "CreateOrUpdateTags", CreateOrUpdateTags$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DeleteAutoScalingGroupCommand.js
var DeleteAutoScalingGroupCommand = class extends command(_ep0, _mw0, "DeleteAutoScalingGroup", DeleteAutoScalingGroup$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DeleteLaunchConfigurationCommand.js
var DeleteLaunchConfigurationCommand = class extends command(_ep0, _mw0, "DeleteLaunchConfiguration", DeleteLaunchConfiguration$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DeleteLifecycleHookCommand.js
var DeleteLifecycleHookCommand = class extends command(_ep0, _mw0, "DeleteLifecycleHook", DeleteLifecycleHook$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DeleteNotificationConfigurationCommand.js
var DeleteNotificationConfigurationCommand = class extends command(_ep0, _mw0, "DeleteNotificationConfiguration", DeleteNotificationConfiguration$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DeletePolicyCommand.js
var DeletePolicyCommand = class extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DeleteScheduledActionCommand.js
var DeleteScheduledActionCommand = class extends command(_ep0, _mw0, "DeleteScheduledAction", DeleteScheduledAction$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DeleteTagsCommand.js
var DeleteTagsCommand = class extends command(_ep0, _mw0, "DeleteTags", DeleteTags$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DeleteWarmPoolCommand.js
var DeleteWarmPoolCommand = class extends command(_ep0, _mw0, "DeleteWarmPool", DeleteWarmPool$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeAccountLimitsCommand.js
var DescribeAccountLimitsCommand = class extends command(_ep0, _mw0, "DescribeAccountLimits", DescribeAccountLimits$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeAdjustmentTypesCommand.js
var DescribeAdjustmentTypesCommand = class extends command(_ep0, _mw0, "DescribeAdjustmentTypes", DescribeAdjustmentTypes$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeAutoScalingGroupsCommand.js
var DescribeAutoScalingGroupsCommand = class extends command(_ep0, _mw0, "DescribeAutoScalingGroups", DescribeAutoScalingGroups$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeAutoScalingInstancesCommand.js
var DescribeAutoScalingInstancesCommand = class extends command(_ep0, _mw0, "DescribeAutoScalingInstances", DescribeAutoScalingInstances$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeAutoScalingNotificationTypesCommand.js
var DescribeAutoScalingNotificationTypesCommand = class extends command(_ep0, _mw0, "DescribeAutoScalingNotificationTypes", DescribeAutoScalingNotificationTypes$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeInstanceRefreshesCommand.js
var DescribeInstanceRefreshesCommand = class extends command(_ep0, _mw0, "DescribeInstanceRefreshes", DescribeInstanceRefreshes$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeLaunchConfigurationsCommand.js
var DescribeLaunchConfigurationsCommand = class extends command(_ep0, _mw0, "DescribeLaunchConfigurations", DescribeLaunchConfigurations$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeLifecycleHooksCommand.js
var DescribeLifecycleHooksCommand = class extends command(_ep0, _mw0, "DescribeLifecycleHooks", DescribeLifecycleHooks$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeLifecycleHookTypesCommand.js
var DescribeLifecycleHookTypesCommand = class extends command(_ep0, _mw0, "DescribeLifecycleHookTypes", DescribeLifecycleHookTypes$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeLoadBalancersCommand.js
var DescribeLoadBalancersCommand = class extends command(_ep0, _mw0, "DescribeLoadBalancers", DescribeLoadBalancers$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeLoadBalancerTargetGroupsCommand.js
var DescribeLoadBalancerTargetGroupsCommand = class extends command(_ep0, _mw0, "DescribeLoadBalancerTargetGroups", DescribeLoadBalancerTargetGroups$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeMetricCollectionTypesCommand.js
var DescribeMetricCollectionTypesCommand = class extends command(_ep0, _mw0, "DescribeMetricCollectionTypes", DescribeMetricCollectionTypes$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeNotificationConfigurationsCommand.js
var DescribeNotificationConfigurationsCommand = class extends command(_ep0, _mw0, "DescribeNotificationConfigurations", DescribeNotificationConfigurations$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribePoliciesCommand.js
var DescribePoliciesCommand = class extends command(_ep0, _mw0, "DescribePolicies", DescribePolicies$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeScalingActivitiesCommand.js
var DescribeScalingActivitiesCommand = class extends command(_ep0, _mw0, "DescribeScalingActivities", DescribeScalingActivities$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeScalingProcessTypesCommand.js
var DescribeScalingProcessTypesCommand = class extends command(_ep0, _mw0, "DescribeScalingProcessTypes", DescribeScalingProcessTypes$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeScheduledActionsCommand.js
var DescribeScheduledActionsCommand = class extends command(_ep0, _mw0, "DescribeScheduledActions", DescribeScheduledActions$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeTagsCommand.js
var DescribeTagsCommand = class extends command(_ep0, _mw0, "DescribeTags", DescribeTags$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeTerminationPolicyTypesCommand.js
var DescribeTerminationPolicyTypesCommand = class extends command(_ep0, _mw0, "DescribeTerminationPolicyTypes", DescribeTerminationPolicyTypes$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeTrafficSourcesCommand.js
var DescribeTrafficSourcesCommand = class extends command(_ep0, _mw0, "DescribeTrafficSources", DescribeTrafficSources$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeWarmPoolCommand.js
var DescribeWarmPoolCommand = class extends command(_ep0, _mw0, "DescribeWarmPool", DescribeWarmPool$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DetachInstancesCommand.js
var DetachInstancesCommand = class extends command(_ep0, _mw0, "DetachInstances", DetachInstances$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DetachLoadBalancersCommand.js
var DetachLoadBalancersCommand = class extends command(_ep0, _mw0, "DetachLoadBalancers", DetachLoadBalancers$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DetachLoadBalancerTargetGroupsCommand.js
var DetachLoadBalancerTargetGroupsCommand = class extends command(_ep0, _mw0, "DetachLoadBalancerTargetGroups", DetachLoadBalancerTargetGroups$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DetachTrafficSourcesCommand.js
var DetachTrafficSourcesCommand = class extends command(_ep0, _mw0, "DetachTrafficSources", DetachTrafficSources$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DisableMetricsCollectionCommand.js
var DisableMetricsCollectionCommand = class extends command(_ep0, _mw0, "DisableMetricsCollection", DisableMetricsCollection$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/EnableMetricsCollectionCommand.js
var EnableMetricsCollectionCommand = class extends command(_ep0, _mw0, "EnableMetricsCollection", EnableMetricsCollection$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/EnterStandbyCommand.js
var EnterStandbyCommand = class extends command(_ep0, _mw0, "EnterStandby", EnterStandby$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/ExecutePolicyCommand.js
var ExecutePolicyCommand = class extends command(_ep0, _mw0, "ExecutePolicy", ExecutePolicy$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/ExitStandbyCommand.js
var ExitStandbyCommand = class extends command(_ep0, _mw0, "ExitStandby", ExitStandby$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/GetPredictiveScalingForecastCommand.js
var GetPredictiveScalingForecastCommand = class extends command(_ep0, _mw0, "GetPredictiveScalingForecast", GetPredictiveScalingForecast$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/LaunchInstancesCommand.js
var LaunchInstancesCommand = class extends command(_ep0, _mw0, "LaunchInstances", LaunchInstances$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/PutLifecycleHookCommand.js
var PutLifecycleHookCommand = class extends command(_ep0, _mw0, "PutLifecycleHook", PutLifecycleHook$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/PutNotificationConfigurationCommand.js
var PutNotificationConfigurationCommand = class extends command(_ep0, _mw0, "PutNotificationConfiguration", PutNotificationConfiguration$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/PutScalingPolicyCommand.js
var PutScalingPolicyCommand = class extends command(_ep0, _mw0, "PutScalingPolicy", PutScalingPolicy$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/PutScheduledUpdateGroupActionCommand.js
var PutScheduledUpdateGroupActionCommand = class extends command(_ep0, _mw0, "PutScheduledUpdateGroupAction", PutScheduledUpdateGroupAction$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/PutWarmPoolCommand.js
var PutWarmPoolCommand = class extends command(_ep0, _mw0, "PutWarmPool", PutWarmPool$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/RecordLifecycleActionHeartbeatCommand.js
var RecordLifecycleActionHeartbeatCommand = class extends command(_ep0, _mw0, "RecordLifecycleActionHeartbeat", RecordLifecycleActionHeartbeat$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/ResumeProcessesCommand.js
var ResumeProcessesCommand = class extends command(_ep0, _mw0, "ResumeProcesses", ResumeProcesses$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/RollbackInstanceRefreshCommand.js
var RollbackInstanceRefreshCommand = class extends command(_ep0, _mw0, "RollbackInstanceRefresh", RollbackInstanceRefresh$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/SetDesiredCapacityCommand.js
var SetDesiredCapacityCommand = class extends command(_ep0, _mw0, "SetDesiredCapacity", SetDesiredCapacity$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/SetInstanceHealthCommand.js
var SetInstanceHealthCommand = class extends command(_ep0, _mw0, "SetInstanceHealth", SetInstanceHealth$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/SetInstanceProtectionCommand.js
var SetInstanceProtectionCommand = class extends command(_ep0, _mw0, "SetInstanceProtection", SetInstanceProtection$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/StartInstanceRefreshCommand.js
var StartInstanceRefreshCommand = class extends command(_ep0, _mw0, "StartInstanceRefresh", StartInstanceRefresh$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/SuspendProcessesCommand.js
var SuspendProcessesCommand = class extends command(_ep0, _mw0, "SuspendProcesses", SuspendProcesses$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/TerminateInstanceInAutoScalingGroupCommand.js
var TerminateInstanceInAutoScalingGroupCommand = class extends command(_ep0, _mw0, "TerminateInstanceInAutoScalingGroup", TerminateInstanceInAutoScalingGroup$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/UpdateAutoScalingGroupCommand.js
var UpdateAutoScalingGroupCommand = class extends command(_ep0, _mw0, "UpdateAutoScalingGroup", UpdateAutoScalingGroup$) {
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeAutoScalingGroupsPaginator.js
var paginateDescribeAutoScalingGroups = createPaginator(AutoScalingClient, DescribeAutoScalingGroupsCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeAutoScalingInstancesPaginator.js
var paginateDescribeAutoScalingInstances = createPaginator(AutoScalingClient, DescribeAutoScalingInstancesCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeInstanceRefreshesPaginator.js
var paginateDescribeInstanceRefreshes = createPaginator(AutoScalingClient, DescribeInstanceRefreshesCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeLaunchConfigurationsPaginator.js
var paginateDescribeLaunchConfigurations = createPaginator(AutoScalingClient, DescribeLaunchConfigurationsCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeLoadBalancersPaginator.js
var paginateDescribeLoadBalancers = createPaginator(AutoScalingClient, DescribeLoadBalancersCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeLoadBalancerTargetGroupsPaginator.js
var paginateDescribeLoadBalancerTargetGroups = createPaginator(AutoScalingClient, DescribeLoadBalancerTargetGroupsCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeNotificationConfigurationsPaginator.js
var paginateDescribeNotificationConfigurations = createPaginator(AutoScalingClient, DescribeNotificationConfigurationsCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribePoliciesPaginator.js
var paginateDescribePolicies = createPaginator(AutoScalingClient, DescribePoliciesCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeScalingActivitiesPaginator.js
var paginateDescribeScalingActivities = createPaginator(AutoScalingClient, DescribeScalingActivitiesCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeScheduledActionsPaginator.js
var paginateDescribeScheduledActions = createPaginator(AutoScalingClient, DescribeScheduledActionsCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeTagsPaginator.js
var paginateDescribeTags = createPaginator(AutoScalingClient, DescribeTagsCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeTrafficSourcesPaginator.js
var paginateDescribeTrafficSources = createPaginator(AutoScalingClient, DescribeTrafficSourcesCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeWarmPoolPaginator.js
var paginateDescribeWarmPool = createPaginator(AutoScalingClient, DescribeWarmPoolCommand, "NextToken", "NextToken", "MaxRecords");

// node_modules/@aws-sdk/client-auto-scaling/dist-es/waiters/waitForGroupExists.js
var checkState = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.AutoScalingGroups.length > 0;
      };
      if (returnComparator() == true) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.AutoScalingGroups.length > 0;
      };
      if (returnComparator() == false) {
        return { state: WaiterState.RETRY, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForGroupExists = async (params, input) => {
  const serviceDefaults = { minDelay: 5, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
var waitUntilGroupExists = async (params, input) => {
  const serviceDefaults = { minDelay: 5, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/waiters/waitForGroupInService.js
var checkState2 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.AutoScalingGroups);
        let projection_3 = flat_1.map((element_2) => {
          let filterRes_5 = element_2.Instances.filter((element_4) => {
            return element_4.LifecycleState == "InService";
          });
          let result_6 = [];
          result_6.push(filterRes_5.length >= element_2.MinSize);
          element_2 = result_6;
          return element_2;
        });
        let flat_7 = [].concat(...projection_3);
        return flat_7.includes(false);
      };
      if (returnComparator() == false) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.AutoScalingGroups);
        let projection_3 = flat_1.map((element_2) => {
          let filterRes_5 = element_2.Instances.filter((element_4) => {
            return element_4.LifecycleState == "InService";
          });
          let result_6 = [];
          result_6.push(filterRes_5.length >= element_2.MinSize);
          element_2 = result_6;
          return element_2;
        });
        let flat_7 = [].concat(...projection_3);
        return flat_7.includes(false);
      };
      if (returnComparator() == true) {
        return { state: WaiterState.RETRY, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForGroupInService = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
};
var waitUntilGroupInService = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/waiters/waitForGroupNotExists.js
var checkState3 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.AutoScalingGroups.length > 0;
      };
      if (returnComparator() == false) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.AutoScalingGroups.length > 0;
      };
      if (returnComparator() == true) {
        return { state: WaiterState.RETRY, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForGroupNotExists = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState3);
};
var waitUntilGroupNotExists = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState3);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-auto-scaling/dist-es/AutoScaling.js
var commands = {
  AttachInstancesCommand,
  AttachLoadBalancersCommand,
  AttachLoadBalancerTargetGroupsCommand,
  AttachTrafficSourcesCommand,
  BatchDeleteScheduledActionCommand,
  BatchPutScheduledUpdateGroupActionCommand,
  CancelInstanceRefreshCommand,
  CompleteLifecycleActionCommand,
  CreateAutoScalingGroupCommand,
  CreateLaunchConfigurationCommand,
  CreateOrUpdateTagsCommand,
  DeleteAutoScalingGroupCommand,
  DeleteLaunchConfigurationCommand,
  DeleteLifecycleHookCommand,
  DeleteNotificationConfigurationCommand,
  DeletePolicyCommand,
  DeleteScheduledActionCommand,
  DeleteTagsCommand,
  DeleteWarmPoolCommand,
  DescribeAccountLimitsCommand,
  DescribeAdjustmentTypesCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeAutoScalingInstancesCommand,
  DescribeAutoScalingNotificationTypesCommand,
  DescribeInstanceRefreshesCommand,
  DescribeLaunchConfigurationsCommand,
  DescribeLifecycleHooksCommand,
  DescribeLifecycleHookTypesCommand,
  DescribeLoadBalancersCommand,
  DescribeLoadBalancerTargetGroupsCommand,
  DescribeMetricCollectionTypesCommand,
  DescribeNotificationConfigurationsCommand,
  DescribePoliciesCommand,
  DescribeScalingActivitiesCommand,
  DescribeScalingProcessTypesCommand,
  DescribeScheduledActionsCommand,
  DescribeTagsCommand,
  DescribeTerminationPolicyTypesCommand,
  DescribeTrafficSourcesCommand,
  DescribeWarmPoolCommand,
  DetachInstancesCommand,
  DetachLoadBalancersCommand,
  DetachLoadBalancerTargetGroupsCommand,
  DetachTrafficSourcesCommand,
  DisableMetricsCollectionCommand,
  EnableMetricsCollectionCommand,
  EnterStandbyCommand,
  ExecutePolicyCommand,
  ExitStandbyCommand,
  GetPredictiveScalingForecastCommand,
  LaunchInstancesCommand,
  PutLifecycleHookCommand,
  PutNotificationConfigurationCommand,
  PutScalingPolicyCommand,
  PutScheduledUpdateGroupActionCommand,
  PutWarmPoolCommand,
  RecordLifecycleActionHeartbeatCommand,
  ResumeProcessesCommand,
  RollbackInstanceRefreshCommand,
  SetDesiredCapacityCommand,
  SetInstanceHealthCommand,
  SetInstanceProtectionCommand,
  StartInstanceRefreshCommand,
  SuspendProcessesCommand,
  TerminateInstanceInAutoScalingGroupCommand,
  UpdateAutoScalingGroupCommand
};
var paginators = {
  paginateDescribeAutoScalingGroups,
  paginateDescribeAutoScalingInstances,
  paginateDescribeInstanceRefreshes,
  paginateDescribeLaunchConfigurations,
  paginateDescribeLoadBalancers,
  paginateDescribeLoadBalancerTargetGroups,
  paginateDescribeNotificationConfigurations,
  paginateDescribePolicies,
  paginateDescribeScalingActivities,
  paginateDescribeScheduledActions,
  paginateDescribeTags,
  paginateDescribeTrafficSources,
  paginateDescribeWarmPool
};
var waiters = {
  waitUntilGroupExists,
  waitUntilGroupInService,
  waitUntilGroupNotExists
};
var AutoScaling = class extends AutoScalingClient {
};
createAggregatedClient(commands, AutoScaling, { paginators, waiters });

// node_modules/@aws-sdk/client-auto-scaling/dist-es/models/enums.js
var AcceleratorManufacturer = {
  AMAZON_WEB_SERVICES: "amazon-web-services",
  AMD: "amd",
  NVIDIA: "nvidia",
  XILINX: "xilinx"
};
var AcceleratorName = {
  A100: "a100",
  K80: "k80",
  M60: "m60",
  RADEON_PRO_V520: "radeon-pro-v520",
  T4: "t4",
  V100: "v100",
  VU9P: "vu9p"
};
var AcceleratorType = {
  FPGA: "fpga",
  GPU: "gpu",
  INFERENCE: "inference"
};
var ScalingActivityStatusCode = {
  Cancelled: "Cancelled",
  Failed: "Failed",
  InPlaceUpdateInProgress: "InPlaceUpdateInProgress",
  InProgress: "InProgress",
  MidLifecycleAction: "MidLifecycleAction",
  PendingSpotBidPlacement: "PendingSpotBidPlacement",
  PreInService: "PreInService",
  Successful: "Successful",
  WaitingForConnectionDraining: "WaitingForConnectionDraining",
  WaitingForELBConnectionDraining: "WaitingForELBConnectionDraining",
  WaitingForInPlaceUpdateToFinalize: "WaitingForInPlaceUpdateToFinalize",
  WaitingForInPlaceUpdateToStart: "WaitingForInPlaceUpdateToStart",
  WaitingForInstanceId: "WaitingForInstanceId",
  WaitingForInstanceWarmup: "WaitingForInstanceWarmup",
  WaitingForSpotInstanceId: "WaitingForSpotInstanceId",
  WaitingForSpotInstanceRequestId: "WaitingForSpotInstanceRequestId"
};
var CapacityDistributionStrategy = {
  BALANCED_BEST_EFFORT: "balanced-best-effort",
  BALANCED_ONLY: "balanced-only",
  RESERVATIONS_THEN_BALANCED: "reservations-then-balanced"
};
var ImpairedZoneHealthCheckBehavior = {
  IgnoreUnhealthy: "IgnoreUnhealthy",
  ReplaceUnhealthy: "ReplaceUnhealthy"
};
var CapacityReservationPreference = {
  CapacityReservationsFirst: "capacity-reservations-first",
  CapacityReservationsOnly: "capacity-reservations-only",
  Default: "default",
  None: "none"
};
var DeletionProtection = {
  None: "none",
  PreventAllDeletion: "prevent-all-deletion",
  PreventForceDeletion: "prevent-force-deletion"
};
var RetentionAction = {
  Retain: "retain",
  Terminate: "terminate"
};
var TargetCapacityType = {
  CAPACITY_BLOCK: "capacity-block",
  INTERRUPTIBLE_CAPACITY_RESERVATION: "interruptible-capacity-reservation",
  ON_DEMAND: "on-demand",
  ON_DEMAND_CAPACITY_RESERVATION: "on-demand-capacity-reservation"
};
var BareMetal = {
  EXCLUDED: "excluded",
  INCLUDED: "included",
  REQUIRED: "required"
};
var BurstablePerformance = {
  EXCLUDED: "excluded",
  INCLUDED: "included",
  REQUIRED: "required"
};
var CpuManufacturer = {
  AMAZON_WEB_SERVICES: "amazon-web-services",
  AMD: "amd",
  APPLE: "apple",
  INTEL: "intel"
};
var InstanceGeneration = {
  CURRENT: "current",
  PREVIOUS: "previous"
};
var LocalStorage = {
  EXCLUDED: "excluded",
  INCLUDED: "included",
  REQUIRED: "required"
};
var LocalStorageType = {
  HDD: "hdd",
  SSD: "ssd"
};
var InstanceMetadataEndpointState = {
  Disabled: "disabled",
  Enabled: "enabled"
};
var InstanceMetadataHttpTokensState = {
  Optional: "optional",
  Required: "required"
};
var LifecycleState = {
  DETACHED: "Detached",
  DETACHING: "Detaching",
  ENTERING_STANDBY: "EnteringStandby",
  IN_SERVICE: "InService",
  PENDING: "Pending",
  PENDING_PROCEED: "Pending:Proceed",
  PENDING_WAIT: "Pending:Wait",
  QUARANTINED: "Quarantined",
  REPLACING_ROOT_VOLUME: "ReplacingRootVolume",
  REPLACING_ROOT_VOLUME_PROCEED: "ReplacingRootVolume:Proceed",
  REPLACING_ROOT_VOLUME_WAIT: "ReplacingRootVolume:Wait",
  ROOT_VOLUME_REPLACED: "RootVolumeReplaced",
  STANDBY: "Standby",
  TERMINATED: "Terminated",
  TERMINATING: "Terminating",
  TERMINATING_PROCEED: "Terminating:Proceed",
  TERMINATING_RETAINED: "Terminating:Retained",
  TERMINATING_WAIT: "Terminating:Wait",
  WARMED_HIBERNATED: "Warmed:Hibernated",
  WARMED_PENDING: "Warmed:Pending",
  WARMED_PENDING_PROCEED: "Warmed:Pending:Proceed",
  WARMED_PENDING_RETAINED: "Warmed:Pending:Retained",
  WARMED_PENDING_WAIT: "Warmed:Pending:Wait",
  WARMED_RUNNING: "Warmed:Running",
  WARMED_STOPPED: "Warmed:Stopped",
  WARMED_TERMINATED: "Warmed:Terminated",
  WARMED_TERMINATING: "Warmed:Terminating",
  WARMED_TERMINATING_PROCEED: "Warmed:Terminating:Proceed",
  WARMED_TERMINATING_RETAINED: "Warmed:Terminating:Retained",
  WARMED_TERMINATING_WAIT: "Warmed:Terminating:Wait"
};
var WarmPoolState = {
  Hibernated: "Hibernated",
  Running: "Running",
  Stopped: "Stopped"
};
var WarmPoolStatus = {
  PendingDelete: "PendingDelete"
};
var ScaleInProtectedInstances = {
  Ignore: "Ignore",
  Refresh: "Refresh",
  Wait: "Wait"
};
var StandbyInstances = {
  Ignore: "Ignore",
  Terminate: "Terminate",
  Wait: "Wait"
};
var InstanceRefreshStatus = {
  Baking: "Baking",
  Cancelled: "Cancelled",
  Cancelling: "Cancelling",
  Failed: "Failed",
  InProgress: "InProgress",
  Pending: "Pending",
  RollbackFailed: "RollbackFailed",
  RollbackInProgress: "RollbackInProgress",
  RollbackSuccessful: "RollbackSuccessful",
  Successful: "Successful"
};
var RefreshStrategy = {
  ReplaceRootVolume: "ReplaceRootVolume",
  Rolling: "Rolling"
};
var PredictiveScalingMaxCapacityBreachBehavior = {
  HonorMaxCapacity: "HonorMaxCapacity",
  IncreaseMaxCapacity: "IncreaseMaxCapacity"
};
var PredefinedLoadMetricType = {
  ALBTargetGroupRequestCount: "ALBTargetGroupRequestCount",
  ASGTotalCPUUtilization: "ASGTotalCPUUtilization",
  ASGTotalNetworkIn: "ASGTotalNetworkIn",
  ASGTotalNetworkOut: "ASGTotalNetworkOut"
};
var PredefinedMetricPairType = {
  ALBRequestCount: "ALBRequestCount",
  ASGCPUUtilization: "ASGCPUUtilization",
  ASGNetworkIn: "ASGNetworkIn",
  ASGNetworkOut: "ASGNetworkOut"
};
var PredefinedScalingMetricType = {
  ALBRequestCountPerTarget: "ALBRequestCountPerTarget",
  ASGAverageCPUUtilization: "ASGAverageCPUUtilization",
  ASGAverageNetworkIn: "ASGAverageNetworkIn",
  ASGAverageNetworkOut: "ASGAverageNetworkOut"
};
var PredictiveScalingMode = {
  ForecastAndScale: "ForecastAndScale",
  ForecastOnly: "ForecastOnly"
};
var MetricStatistic = {
  Average: "Average",
  Maximum: "Maximum",
  Minimum: "Minimum",
  SampleCount: "SampleCount",
  Sum: "Sum"
};
var MetricType = {
  ALBRequestCountPerTarget: "ALBRequestCountPerTarget",
  ASGAverageCPUUtilization: "ASGAverageCPUUtilization",
  ASGAverageNetworkIn: "ASGAverageNetworkIn",
  ASGAverageNetworkOut: "ASGAverageNetworkOut"
};
var RetryStrategy = {
  NONE: "none",
  RETRY_WITH_GROUP_CONFIGURATION: "retry-with-group-configuration"
};
export {
  Command as $Command,
  AcceleratorCountRequest$,
  AcceleratorManufacturer,
  AcceleratorName,
  AcceleratorTotalMemoryMiBRequest$,
  AcceleratorType,
  ActiveInstanceRefreshNotFoundFault,
  ActiveInstanceRefreshNotFoundFault$,
  ActivitiesType$,
  Activity$,
  ActivityType$,
  AdjustmentType$,
  Alarm$,
  AlarmSpecification$,
  AlreadyExistsFault,
  AlreadyExistsFault$,
  AttachInstances$,
  AttachInstancesCommand,
  AttachInstancesQuery$,
  AttachLoadBalancerTargetGroups$,
  AttachLoadBalancerTargetGroupsCommand,
  AttachLoadBalancerTargetGroupsResultType$,
  AttachLoadBalancerTargetGroupsType$,
  AttachLoadBalancers$,
  AttachLoadBalancersCommand,
  AttachLoadBalancersResultType$,
  AttachLoadBalancersType$,
  AttachTrafficSources$,
  AttachTrafficSourcesCommand,
  AttachTrafficSourcesResultType$,
  AttachTrafficSourcesType$,
  AutoScaling,
  AutoScalingClient,
  AutoScalingGroup$,
  AutoScalingGroupNamesType$,
  AutoScalingGroupsType$,
  AutoScalingInstanceDetails$,
  AutoScalingInstancesType$,
  AutoScalingServiceException,
  AutoScalingServiceException$,
  AvailabilityZoneDistribution$,
  AvailabilityZoneImpairmentPolicy$,
  BareMetal,
  BaselineEbsBandwidthMbpsRequest$,
  BaselinePerformanceFactorsRequest$,
  BatchDeleteScheduledAction$,
  BatchDeleteScheduledActionAnswer$,
  BatchDeleteScheduledActionCommand,
  BatchDeleteScheduledActionType$,
  BatchPutScheduledUpdateGroupAction$,
  BatchPutScheduledUpdateGroupActionAnswer$,
  BatchPutScheduledUpdateGroupActionCommand,
  BatchPutScheduledUpdateGroupActionType$,
  BlockDeviceMapping$,
  BurstablePerformance,
  CancelInstanceRefresh$,
  CancelInstanceRefreshAnswer$,
  CancelInstanceRefreshCommand,
  CancelInstanceRefreshType$,
  CapacityDistributionStrategy,
  CapacityForecast$,
  CapacityReservationPreference,
  CapacityReservationSpecification$,
  CapacityReservationTarget$,
  CompleteLifecycleAction$,
  CompleteLifecycleActionAnswer$,
  CompleteLifecycleActionCommand,
  CompleteLifecycleActionType$,
  CpuManufacturer,
  CpuPerformanceFactorRequest$,
  CreateAutoScalingGroup$,
  CreateAutoScalingGroupCommand,
  CreateAutoScalingGroupType$,
  CreateLaunchConfiguration$,
  CreateLaunchConfigurationCommand,
  CreateLaunchConfigurationType$,
  CreateOrUpdateTags$,
  CreateOrUpdateTagsCommand,
  CreateOrUpdateTagsType$,
  CustomizedMetricSpecification$,
  DeleteAutoScalingGroup$,
  DeleteAutoScalingGroupCommand,
  DeleteAutoScalingGroupType$,
  DeleteLaunchConfiguration$,
  DeleteLaunchConfigurationCommand,
  DeleteLifecycleHook$,
  DeleteLifecycleHookAnswer$,
  DeleteLifecycleHookCommand,
  DeleteLifecycleHookType$,
  DeleteNotificationConfiguration$,
  DeleteNotificationConfigurationCommand,
  DeleteNotificationConfigurationType$,
  DeletePolicy$,
  DeletePolicyCommand,
  DeletePolicyType$,
  DeleteScheduledAction$,
  DeleteScheduledActionCommand,
  DeleteScheduledActionType$,
  DeleteTags$,
  DeleteTagsCommand,
  DeleteTagsType$,
  DeleteWarmPool$,
  DeleteWarmPoolAnswer$,
  DeleteWarmPoolCommand,
  DeleteWarmPoolType$,
  DeletionProtection,
  DescribeAccountLimits$,
  DescribeAccountLimitsAnswer$,
  DescribeAccountLimitsCommand,
  DescribeAdjustmentTypes$,
  DescribeAdjustmentTypesAnswer$,
  DescribeAdjustmentTypesCommand,
  DescribeAutoScalingGroups$,
  DescribeAutoScalingGroupsCommand,
  DescribeAutoScalingInstances$,
  DescribeAutoScalingInstancesCommand,
  DescribeAutoScalingInstancesType$,
  DescribeAutoScalingNotificationTypes$,
  DescribeAutoScalingNotificationTypesAnswer$,
  DescribeAutoScalingNotificationTypesCommand,
  DescribeInstanceRefreshes$,
  DescribeInstanceRefreshesAnswer$,
  DescribeInstanceRefreshesCommand,
  DescribeInstanceRefreshesType$,
  DescribeLaunchConfigurations$,
  DescribeLaunchConfigurationsCommand,
  DescribeLifecycleHookTypes$,
  DescribeLifecycleHookTypesAnswer$,
  DescribeLifecycleHookTypesCommand,
  DescribeLifecycleHooks$,
  DescribeLifecycleHooksAnswer$,
  DescribeLifecycleHooksCommand,
  DescribeLifecycleHooksType$,
  DescribeLoadBalancerTargetGroups$,
  DescribeLoadBalancerTargetGroupsCommand,
  DescribeLoadBalancerTargetGroupsRequest$,
  DescribeLoadBalancerTargetGroupsResponse$,
  DescribeLoadBalancers$,
  DescribeLoadBalancersCommand,
  DescribeLoadBalancersRequest$,
  DescribeLoadBalancersResponse$,
  DescribeMetricCollectionTypes$,
  DescribeMetricCollectionTypesAnswer$,
  DescribeMetricCollectionTypesCommand,
  DescribeNotificationConfigurations$,
  DescribeNotificationConfigurationsAnswer$,
  DescribeNotificationConfigurationsCommand,
  DescribeNotificationConfigurationsType$,
  DescribePolicies$,
  DescribePoliciesCommand,
  DescribePoliciesType$,
  DescribeScalingActivities$,
  DescribeScalingActivitiesCommand,
  DescribeScalingActivitiesType$,
  DescribeScalingProcessTypes$,
  DescribeScalingProcessTypesCommand,
  DescribeScheduledActions$,
  DescribeScheduledActionsCommand,
  DescribeScheduledActionsType$,
  DescribeTags$,
  DescribeTagsCommand,
  DescribeTagsType$,
  DescribeTerminationPolicyTypes$,
  DescribeTerminationPolicyTypesAnswer$,
  DescribeTerminationPolicyTypesCommand,
  DescribeTrafficSources$,
  DescribeTrafficSourcesCommand,
  DescribeTrafficSourcesRequest$,
  DescribeTrafficSourcesResponse$,
  DescribeWarmPool$,
  DescribeWarmPoolAnswer$,
  DescribeWarmPoolCommand,
  DescribeWarmPoolType$,
  DesiredConfiguration$,
  DetachInstances$,
  DetachInstancesAnswer$,
  DetachInstancesCommand,
  DetachInstancesQuery$,
  DetachLoadBalancerTargetGroups$,
  DetachLoadBalancerTargetGroupsCommand,
  DetachLoadBalancerTargetGroupsResultType$,
  DetachLoadBalancerTargetGroupsType$,
  DetachLoadBalancers$,
  DetachLoadBalancersCommand,
  DetachLoadBalancersResultType$,
  DetachLoadBalancersType$,
  DetachTrafficSources$,
  DetachTrafficSourcesCommand,
  DetachTrafficSourcesResultType$,
  DetachTrafficSourcesType$,
  DisableMetricsCollection$,
  DisableMetricsCollectionCommand,
  DisableMetricsCollectionQuery$,
  DistributionSegment$,
  Ebs$,
  EnableMetricsCollection$,
  EnableMetricsCollectionCommand,
  EnableMetricsCollectionQuery$,
  EnabledMetric$,
  EnterStandby$,
  EnterStandbyAnswer$,
  EnterStandbyCommand,
  EnterStandbyQuery$,
  ExecutePolicy$,
  ExecutePolicyCommand,
  ExecutePolicyType$,
  ExitStandby$,
  ExitStandbyAnswer$,
  ExitStandbyCommand,
  ExitStandbyQuery$,
  FailedScheduledUpdateGroupActionRequest$,
  Filter$,
  GetPredictiveScalingForecast$,
  GetPredictiveScalingForecastAnswer$,
  GetPredictiveScalingForecastCommand,
  GetPredictiveScalingForecastType$,
  IdempotentCallInProgressFault,
  IdempotentCallInProgressFault$,
  IdempotentParameterMismatchError,
  IdempotentParameterMismatchError$,
  ImpairedZoneHealthCheckBehavior,
  Instance$,
  InstanceCollection$,
  InstanceGeneration,
  InstanceLifecyclePolicy$,
  InstanceMaintenancePolicy$,
  InstanceMetadataEndpointState,
  InstanceMetadataHttpTokensState,
  InstanceMetadataOptions$,
  InstanceMonitoring$,
  InstanceRefresh$,
  InstanceRefreshInProgressFault,
  InstanceRefreshInProgressFault$,
  InstanceRefreshLivePoolProgress$,
  InstanceRefreshProgressDetails$,
  InstanceRefreshStatus,
  InstanceRefreshWarmPoolProgress$,
  InstanceRequirements$,
  InstanceReusePolicy$,
  InstancesDistribution$,
  InvalidNextToken,
  InvalidNextToken$,
  IrreversibleInstanceRefreshFault,
  IrreversibleInstanceRefreshFault$,
  LaunchConfiguration$,
  LaunchConfigurationNameType$,
  LaunchConfigurationNamesType$,
  LaunchConfigurationsType$,
  LaunchInstances$,
  LaunchInstancesCommand,
  LaunchInstancesError$,
  LaunchInstancesRequest$,
  LaunchInstancesResult$,
  LaunchTemplate$,
  LaunchTemplateOverrides$,
  LaunchTemplateSpecification$,
  LifecycleHook$,
  LifecycleHookSpecification$,
  LifecycleState,
  LimitExceededFault,
  LimitExceededFault$,
  LoadBalancerState$,
  LoadBalancerTargetGroupState$,
  LoadForecast$,
  LocalStorage,
  LocalStorageType,
  MemoryGiBPerVCpuRequest$,
  MemoryMiBRequest$,
  Metric$,
  MetricCollectionType$,
  MetricDataQuery$,
  MetricDimension$,
  MetricGranularityType$,
  MetricStat$,
  MetricStatistic,
  MetricType,
  MixedInstancesPolicy$,
  NetworkBandwidthGbpsRequest$,
  NetworkInterfaceCountRequest$,
  NotificationConfiguration$,
  Operator$,
  PerformanceFactorReferenceRequest$,
  PoliciesType$,
  PolicyARNType$,
  PredefinedLoadMetricType,
  PredefinedMetricPairType,
  PredefinedMetricSpecification$,
  PredefinedScalingMetricType,
  PredictiveScalingConfiguration$,
  PredictiveScalingCustomizedCapacityMetric$,
  PredictiveScalingCustomizedLoadMetric$,
  PredictiveScalingCustomizedScalingMetric$,
  PredictiveScalingMaxCapacityBreachBehavior,
  PredictiveScalingMetricSpecification$,
  PredictiveScalingMode,
  PredictiveScalingPredefinedLoadMetric$,
  PredictiveScalingPredefinedMetricPair$,
  PredictiveScalingPredefinedScalingMetric$,
  ProcessType$,
  ProcessesType$,
  PutLifecycleHook$,
  PutLifecycleHookAnswer$,
  PutLifecycleHookCommand,
  PutLifecycleHookType$,
  PutNotificationConfiguration$,
  PutNotificationConfigurationCommand,
  PutNotificationConfigurationType$,
  PutScalingPolicy$,
  PutScalingPolicyCommand,
  PutScalingPolicyType$,
  PutScheduledUpdateGroupAction$,
  PutScheduledUpdateGroupActionCommand,
  PutScheduledUpdateGroupActionType$,
  PutWarmPool$,
  PutWarmPoolAnswer$,
  PutWarmPoolCommand,
  PutWarmPoolType$,
  RecordLifecycleActionHeartbeat$,
  RecordLifecycleActionHeartbeatAnswer$,
  RecordLifecycleActionHeartbeatCommand,
  RecordLifecycleActionHeartbeatType$,
  RefreshPreferences$,
  RefreshStrategy,
  ResourceContentionFault,
  ResourceContentionFault$,
  ResourceInUseFault,
  ResourceInUseFault$,
  ResumeProcesses$,
  ResumeProcessesCommand,
  RetentionAction,
  RetentionTriggers$,
  RetryStrategy,
  RollbackDetails$,
  RollbackInstanceRefresh$,
  RollbackInstanceRefreshAnswer$,
  RollbackInstanceRefreshCommand,
  RollbackInstanceRefreshType$,
  ScaleInProtectedInstances,
  ScalingActivityInProgressFault,
  ScalingActivityInProgressFault$,
  ScalingActivityStatusCode,
  ScalingPolicy$,
  ScalingProcessQuery$,
  ScheduledActionsType$,
  ScheduledUpdateGroupAction$,
  ScheduledUpdateGroupActionRequest$,
  ServiceLinkedRoleFailure,
  ServiceLinkedRoleFailure$,
  SetDesiredCapacity$,
  SetDesiredCapacityCommand,
  SetDesiredCapacityType$,
  SetInstanceHealth$,
  SetInstanceHealthCommand,
  SetInstanceHealthQuery$,
  SetInstanceProtection$,
  SetInstanceProtectionAnswer$,
  SetInstanceProtectionCommand,
  SetInstanceProtectionQuery$,
  StandbyInstances,
  StartInstanceRefresh$,
  StartInstanceRefreshAnswer$,
  StartInstanceRefreshCommand,
  StartInstanceRefreshType$,
  StepAdjustment$,
  SuspendProcesses$,
  SuspendProcessesCommand,
  SuspendedProcess$,
  Tag$,
  TagDescription$,
  TagsType$,
  TargetCapacityType,
  TargetTrackingConfiguration$,
  TargetTrackingMetricDataQuery$,
  TargetTrackingMetricStat$,
  TerminateInstanceInAutoScalingGroup$,
  TerminateInstanceInAutoScalingGroupCommand,
  TerminateInstanceInAutoScalingGroupType$,
  TotalLocalStorageGBRequest$,
  TrafficSourceIdentifier$,
  TrafficSourceState$,
  UpdateAutoScalingGroup$,
  UpdateAutoScalingGroupCommand,
  UpdateAutoScalingGroupType$,
  VCpuCountRequest$,
  WarmPoolConfiguration$,
  WarmPoolState,
  WarmPoolStatus,
  Client as __Client,
  errorTypeRegistries,
  paginateDescribeAutoScalingGroups,
  paginateDescribeAutoScalingInstances,
  paginateDescribeInstanceRefreshes,
  paginateDescribeLaunchConfigurations,
  paginateDescribeLoadBalancerTargetGroups,
  paginateDescribeLoadBalancers,
  paginateDescribeNotificationConfigurations,
  paginateDescribePolicies,
  paginateDescribeScalingActivities,
  paginateDescribeScheduledActions,
  paginateDescribeTags,
  paginateDescribeTrafficSources,
  paginateDescribeWarmPool,
  waitForGroupExists,
  waitForGroupInService,
  waitForGroupNotExists,
  waitUntilGroupExists,
  waitUntilGroupInService,
  waitUntilGroupNotExists
};
