import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs10 as require_dist_cjs2,
  require_dist_cjs3 as require_dist_cjs,
  retry_exports
} from "./chunk-NIGHUNNM.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-P7U4MWAW.js";
import {
  __commonJS,
  __require,
  __toCommonJS
} from "./chunk-5VS2FEJU.js";

// node_modules/@smithy/middleware-compression/dist-cjs/compressStream.js
var require_compressStream = __commonJS({
  "node_modules/@smithy/middleware-compression/dist-cjs/compressStream.js"(exports) {
    var { createGzip } = __require("node:zlib");
    exports.compressStream = async (body) => body.pipe(createGzip());
  }
});

// node_modules/@smithy/middleware-compression/dist-cjs/compressString.js
var require_compressString = __commonJS({
  "node_modules/@smithy/middleware-compression/dist-cjs/compressString.js"(exports) {
    var { promisify } = __require("node:util");
    var { gzip } = __require("node:zlib");
    var { toUint8Array } = (init_serde(), __toCommonJS(serde_exports));
    var gzipAsync = promisify(gzip);
    exports.compressString = async (body) => {
      try {
        const compressedBuffer = await gzipAsync(toUint8Array(body || ""));
        return toUint8Array(compressedBuffer);
      } catch (err) {
        throw new Error("Failure during compression: " + err.message);
      }
    };
  }
});

// node_modules/@smithy/middleware-compression/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@smithy/middleware-compression/dist-cjs/index.js"(exports) {
    var { booleanSelector, SelectorType, numberSelector } = (init_config(), __toCommonJS(config_exports));
    var { setFeature } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { HttpRequest } = (init_protocols(), __toCommonJS(protocols_exports));
    var { compressStream } = require_compressStream();
    var { compressString } = require_compressString();
    var { isArrayBuffer } = (init_serde(), __toCommonJS(serde_exports));
    var { normalizeProvider } = (init_client(), __toCommonJS(client_exports));
    var NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = "AWS_DISABLE_REQUEST_COMPRESSION";
    var NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = "disable_request_compression";
    var DEFAULT_DISABLE_REQUEST_COMPRESSION = false;
    var NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = {
      environmentVariableSelector: (env) => booleanSelector(env, NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME, SelectorType.ENV),
      configFileSelector: (profile) => booleanSelector(profile, NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME, SelectorType.CONFIG),
      default: DEFAULT_DISABLE_REQUEST_COMPRESSION
    };
    var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES";
    var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = "request_min_compression_size_bytes";
    var DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = 10240;
    var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = {
      environmentVariableSelector: (env) => numberSelector(env, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME, SelectorType.ENV),
      configFileSelector: (profile) => numberSelector(profile, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME, SelectorType.CONFIG),
      default: DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES
    };
    var CompressionAlgorithm;
    (function(CompressionAlgorithm2) {
      CompressionAlgorithm2["GZIP"] = "gzip";
    })(CompressionAlgorithm || (CompressionAlgorithm = {}));
    var CLIENT_SUPPORTED_ALGORITHMS = [CompressionAlgorithm.GZIP];
    var isStreaming = (body) => body !== void 0 && typeof body !== "string" && !ArrayBuffer.isView(body) && !isArrayBuffer(body);
    var compressionMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
      if (!HttpRequest.isInstance(args.request)) {
        return next(args);
      }
      const disableRequestCompression = await config.disableRequestCompression();
      if (disableRequestCompression) {
        return next(args);
      }
      const { request } = args;
      const { body, headers } = request;
      const { encodings, streamRequiresLength } = middlewareConfig;
      let updatedBody = body;
      let updatedHeaders = headers;
      for (const algorithm of encodings) {
        if (CLIENT_SUPPORTED_ALGORITHMS.includes(algorithm)) {
          let isRequestCompressed = false;
          if (isStreaming(body)) {
            if (!streamRequiresLength) {
              updatedBody = await compressStream(body);
              isRequestCompressed = true;
            } else {
              throw new Error("Compression is not supported for streaming blobs that require a length.");
            }
          } else {
            const bodyLength = config.bodyLengthChecker(body);
            const requestMinCompressionSizeBytes = await config.requestMinCompressionSizeBytes();
            if (bodyLength && bodyLength >= requestMinCompressionSizeBytes) {
              updatedBody = await compressString(body);
              isRequestCompressed = true;
            }
          }
          if (isRequestCompressed) {
            if (headers["content-encoding"]) {
              updatedHeaders = {
                ...headers,
                "content-encoding": `${headers["content-encoding"]}, ${algorithm}`
              };
            } else {
              updatedHeaders = { ...headers, "content-encoding": algorithm };
            }
            if (updatedHeaders["content-encoding"].includes("gzip")) {
              setFeature(context, "GZIP_REQUEST_COMPRESSION", "L");
            }
            break;
          }
        }
      }
      return next({
        ...args,
        request: {
          ...request,
          body: updatedBody,
          headers: updatedHeaders
        }
      });
    };
    var compressionMiddlewareOptions = {
      name: "compressionMiddleware",
      step: "build",
      tags: ["REQUEST_BODY_COMPRESSION", "GZIP"],
      override: true,
      priority: "high"
    };
    var getCompressionPlugin = (config, middlewareConfig) => ({
      applyToStack: (clientStack) => {
        clientStack.add(compressionMiddleware(config, middlewareConfig), compressionMiddlewareOptions);
      }
    });
    var resolveCompressionConfig = (input) => {
      const { disableRequestCompression, requestMinCompressionSizeBytes: _requestMinCompressionSizeBytes } = input;
      return Object.assign(input, {
        disableRequestCompression: normalizeProvider(disableRequestCompression),
        requestMinCompressionSizeBytes: async () => {
          const requestMinCompressionSizeBytes = await normalizeProvider(_requestMinCompressionSizeBytes)();
          if (requestMinCompressionSizeBytes < 0 || requestMinCompressionSizeBytes > 10485760) {
            throw new RangeError(`The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. The provided value ${requestMinCompressionSizeBytes} is outside this range."`);
          }
          return requestMinCompressionSizeBytes;
        }
      });
    };
    exports.DEFAULT_DISABLE_REQUEST_COMPRESSION = DEFAULT_DISABLE_REQUEST_COMPRESSION;
    exports.DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES;
    exports.NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS;
    exports.NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME;
    exports.NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME;
    exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS;
    exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME;
    exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME;
    exports.compressionMiddleware = compressionMiddleware;
    exports.compressionMiddlewareOptions = compressionMiddlewareOptions;
    exports.getCompressionPlugin = getCompressionPlugin;
    exports.resolveCompressionConfig = resolveCompressionConfig;
  }
});

// node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, resolveCompressionConfig, getCompressionPlugin } = require_dist_cjs3();
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_0Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultCloudWatchHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "monitoring",
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
    var defaultCloudWatchHttpAuthSchemeProvider = (authParameters) => {
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
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "monitoring"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1137.0";
    var packageInfo = {
      version
    };
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
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://monitoring.{Region}.{PartitionResult#dnsSuffix}", i],
        ["https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        ["https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        [a, "DualStack is enabled but this partition does not support DualStack"],
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
      14,
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
      r + 4,
      7,
      r + 5,
      r + 10,
      4,
      11,
      9,
      5,
      r + 4,
      10,
      6,
      r + 8,
      r + 9,
      5,
      r + 5,
      12,
      6,
      13,
      r + 7,
      7,
      r + 6,
      r + 7,
      3,
      r + 1,
      15,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
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
    var CloudWatchServiceException = class _CloudWatchServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _CloudWatchServiceException.prototype);
      }
    };
    var ConflictException = class _ConflictException extends CloudWatchServiceException {
      name = "ConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var KmsAccessDeniedException = class _KmsAccessDeniedException extends CloudWatchServiceException {
      name = "KmsAccessDeniedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsAccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsAccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    };
    var KmsKeyDisabledException = class _KmsKeyDisabledException extends CloudWatchServiceException {
      name = "KmsKeyDisabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsKeyDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsKeyDisabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var KmsKeyNotFoundException = class _KmsKeyNotFoundException extends CloudWatchServiceException {
      name = "KmsKeyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsKeyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsKeyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      ResourceType;
      ResourceId;
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.ResourceType = opts.ResourceType;
        this.ResourceId = opts.ResourceId;
        this.Message = opts.Message;
      }
    };
    var ConcurrentModificationException = class _ConcurrentModificationException extends CloudWatchServiceException {
      name = "ConcurrentModificationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
        this.Message = opts.Message;
      }
    };
    var DashboardInvalidInputError = class _DashboardInvalidInputError extends CloudWatchServiceException {
      name = "DashboardInvalidInputError";
      $fault = "client";
      dashboardValidationMessages;
      constructor(opts) {
        super({
          name: "DashboardInvalidInputError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DashboardInvalidInputError.prototype);
        this.dashboardValidationMessages = opts.dashboardValidationMessages;
      }
    };
    var DashboardNotFoundError = class _DashboardNotFoundError extends CloudWatchServiceException {
      name = "DashboardNotFoundError";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DashboardNotFoundError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DashboardNotFoundError.prototype);
      }
    };
    var ResourceConflict = class _ResourceConflict extends CloudWatchServiceException {
      name = "ResourceConflict";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceConflict",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceConflict.prototype);
      }
    };
    var ResourceNotFound = class _ResourceNotFound extends CloudWatchServiceException {
      name = "ResourceNotFound";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFound.prototype);
      }
    };
    var InternalServiceFault = class _InternalServiceFault extends CloudWatchServiceException {
      name = "InternalServiceFault";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceFault",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServiceFault.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends CloudWatchServiceException {
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
    var InvalidParameterValueException = class _InvalidParameterValueException extends CloudWatchServiceException {
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
    var MissingRequiredParameterException = class _MissingRequiredParameterException extends CloudWatchServiceException {
      name = "MissingRequiredParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MissingRequiredParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MissingRequiredParameterException.prototype);
      }
    };
    var InvalidNextToken = class _InvalidNextToken extends CloudWatchServiceException {
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
    var LimitExceededException = class _LimitExceededException extends CloudWatchServiceException {
      name = "LimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var LimitExceededFault = class _LimitExceededFault extends CloudWatchServiceException {
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
    var InvalidFormatFault = class _InvalidFormatFault extends CloudWatchServiceException {
      name = "InvalidFormatFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidFormatFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidFormatFault.prototype);
      }
    };
    var _A = "Average";
    var _AA = "AlarmActions";
    var _AAV = "ApproximateAggregateValue";
    var _AAl = "AlarmArn";
    var _AC = "AlarmContributor";
    var _ACA = "AlarmContributorAttributes";
    var _ACI = "AlarmContributorId";
    var _ACUT = "AlarmConfigurationUpdatedTimestamp";
    var _ACl = "AlarmContributors";
    var _AD = "AnomalyDetector";
    var _ADC = "AnomalyDetectorConfiguration";
    var _ADETR = "AnomalyDetectorExcludedTimeRanges";
    var _ADI = "AnomalyDetectorId";
    var _ADIn = "AnomalyDetectorIds";
    var _ADKK = "AssociateDatasetKmsKey";
    var _ADKKI = "AssociateDatasetKmsKeyInput";
    var _ADKKO = "AssociateDatasetKmsKeyOutput";
    var _ADT = "AnomalyDetectorTypes";
    var _ADl = "AlarmDescription";
    var _ADn = "AnomalyDetectors";
    var _AE = "ActionsEnabled";
    var _AEg = "AggregationExpression";
    var _AHI = "AlarmHistoryItem";
    var _AHIl = "AlarmHistoryItems";
    var _AI = "AccountId";
    var _ALLC = "ActionLogLineCount";
    var _ALLRA = "ActionLogLineRoleArn";
    var _AMRA = "AlarmMuteRuleArn";
    var _AMRN = "AlarmMuteRuleName";
    var _AMRS = "AlarmMuteRuleSummary";
    var _AMRSl = "AlarmMuteRuleSummaries";
    var _AN = "AlarmName";
    var _ANP = "AlarmNamePrefix";
    var _ANl = "AlarmNames";
    var _AOTL = "ApplyOnTransformedLogs";
    var _AP = "ActionPrefix";
    var _APQLC = "AlarmPromQLCriteria";
    var _AR = "AlarmRule";
    var _AS = "ActionsSuppressor";
    var _ASB = "ActionsSuppressedBy";
    var _ASEP = "ActionsSuppressorExtensionPeriod";
    var _ASR = "ActionsSuppressedReason";
    var _ASWP = "ActionsSuppressorWaitPeriod";
    var _ASd = "AdditionalStatistics";
    var _ASg = "AggregationStatistic";
    var _AT = "AlarmType";
    var _ATl = "AlarmTypes";
    var _AUC = "ApproximateUniqueCount";
    var _AV = "AggregateValue";
    var _AVp = "ApproximateValue";
    var _Ar = "Arn";
    var _At = "Attributes";
    var _BF = "BatchFailures";
    var _C = "Configuration";
    var _CA = "ContributorAttributes";
    var _CAo = "CompositeAlarm";
    var _CAom = "CompositeAlarms";
    var _CD = "CreationDate";
    var _CE = "ConflictException";
    var _CI = "ContributorId";
    var _CME = "ConcurrentModificationException";
    var _CO = "ComparisonOperator";
    var _COAN = "ChildrenOfAlarmName";
    var _Co = "Contributors";
    var _Cod = "Code";
    var _Cou = "Counts";
    var _D = "Dimensions";
    var _DA = "DashboardArn";
    var _DAA = "DisableAlarmActions";
    var _DAAI = "DisableAlarmActionsInput";
    var _DAC = "DescribeAlarmContributors";
    var _DACI = "DescribeAlarmContributorsInput";
    var _DACO = "DescribeAlarmContributorsOutput";
    var _DAD = "DeleteAnomalyDetector";
    var _DADI = "DeleteAnomalyDetectorInput";
    var _DADIe = "DescribeAnomalyDetectorsInput";
    var _DADO = "DeleteAnomalyDetectorOutput";
    var _DADOe = "DescribeAnomalyDetectorsOutput";
    var _DADe = "DescribeAnomalyDetectors";
    var _DAFM = "DescribeAlarmsForMetric";
    var _DAFMI = "DescribeAlarmsForMetricInput";
    var _DAFMO = "DescribeAlarmsForMetricOutput";
    var _DAH = "DescribeAlarmHistory";
    var _DAHI = "DescribeAlarmHistoryInput";
    var _DAHO = "DescribeAlarmHistoryOutput";
    var _DAI = "DeleteAlarmsInput";
    var _DAIe = "DescribeAlarmsInput";
    var _DAMR = "DeleteAlarmMuteRule";
    var _DAMRI = "DeleteAlarmMuteRuleInput";
    var _DAO = "DescribeAlarmsOutput";
    var _DAe = "DeleteAlarms";
    var _DAes = "DescribeAlarms";
    var _DB = "DashboardBody";
    var _DD = "DeleteDashboards";
    var _DDI = "DeleteDashboardsInput";
    var _DDKK = "DisassociateDatasetKmsKey";
    var _DDKKI = "DisassociateDatasetKmsKeyInput";
    var _DDKKO = "DisassociateDatasetKmsKeyOutput";
    var _DDO = "DeleteDashboardsOutput";
    var _DE = "DashboardEntry";
    var _DEa = "DashboardEntries";
    var _DF = "DimensionFilter";
    var _DFi = "DimensionFilters";
    var _DI = "DatasetIdentifier";
    var _DIIE = "DashboardInvalidInputError";
    var _DIR = "DeleteInsightRules";
    var _DIRI = "DeleteInsightRulesInput";
    var _DIRIe = "DescribeInsightRulesInput";
    var _DIRIi = "DisableInsightRulesInput";
    var _DIRO = "DeleteInsightRulesOutput";
    var _DIROe = "DescribeInsightRulesOutput";
    var _DIROi = "DisableInsightRulesOutput";
    var _DIRe = "DescribeInsightRules";
    var _DIRi = "DisableInsightRules";
    var _DIa = "DatasetId";
    var _DMS = "DeleteMetricStream";
    var _DMSI = "DeleteMetricStreamInput";
    var _DMSO = "DeleteMetricStreamOutput";
    var _DN = "DashboardName";
    var _DNFE = "DashboardNotFoundError";
    var _DNP = "DashboardNamePrefix";
    var _DNa = "DashboardNames";
    var _DP = "DataPath";
    var _DTA = "DatapointsToAlarm";
    var _DVM = "DashboardValidationMessage";
    var _DVMa = "DashboardValidationMessages";
    var _Da = "Datapoint";
    var _Dat = "Datapoints";
    var _De = "Description";
    var _Def = "Definition";
    var _Di = "Dimension";
    var _Du = "Duration";
    var _E = "Entity";
    var _EAA = "EnableAlarmActions";
    var _EAAI = "EnableAlarmActionsInput";
    var _EC = "EvaluationCriteria";
    var _ED = "ExpireDate";
    var _EDn = "EndDate";
    var _EF = "ExcludeFilters";
    var _EI = "EvaluationInterval";
    var _EIR = "EnableInsightRules";
    var _EIRI = "EnableInsightRulesInput";
    var _EIRO = "EnableInsightRulesOutput";
    var _ELSCP = "EvaluateLowSampleCountPercentile";
    var _EMD = "EntityMetricData";
    var _EMDL = "EntityMetricDataList";
    var _EP = "EvaluationPeriods";
    var _ES = "ExtendedStatistics";
    var _ESv = "EvaluationState";
    var _ESx = "ExtendedStatistic";
    var _ET = "EndTime";
    var _ETO = "EndTimeOffset";
    var _ETR = "ExcludedTimeRanges";
    var _ETx = "ExceptionType";
    var _EW = "EvaluationWindow";
    var _En = "Entries";
    var _Ex = "Expression";
    var _F = "Failures";
    var _FA = "FirehoseArn";
    var _FC = "FailureCode";
    var _FD = "FailureDescription";
    var _FR = "FailureResource";
    var _GAMR = "GetAlarmMuteRule";
    var _GAMRI = "GetAlarmMuteRuleInput";
    var _GAMRO = "GetAlarmMuteRuleOutput";
    var _GD = "GetDashboard";
    var _GDI = "GetDashboardInput";
    var _GDIe = "GetDatasetInput";
    var _GDO = "GetDashboardOutput";
    var _GDOe = "GetDatasetOutput";
    var _GDe = "GetDataset";
    var _GIRR = "GetInsightRuleReport";
    var _GIRRI = "GetInsightRuleReportInput";
    var _GIRRO = "GetInsightRuleReportOutput";
    var _GMD = "GetMetricData";
    var _GMDI = "GetMetricDataInput";
    var _GMDO = "GetMetricDataOutput";
    var _GMS = "GetMetricStatistics";
    var _GMSI = "GetMetricStatisticsInput";
    var _GMSIe = "GetMetricStreamInput";
    var _GMSO = "GetMetricStatisticsOutput";
    var _GMSOe = "GetMetricStreamOutput";
    var _GMSe = "GetMetricStream";
    var _GMWI = "GetMetricWidgetImage";
    var _GMWII = "GetMetricWidgetImageInput";
    var _GMWIO = "GetMetricWidgetImageOutput";
    var _GOTE = "GetOTelEnrichment";
    var _GOTEI = "GetOTelEnrichmentInput";
    var _GOTEO = "GetOTelEnrichmentOutput";
    var _HD = "HistoryData";
    var _HIT = "HistoryItemType";
    var _HS = "HistorySummary";
    var _I = "Id";
    var _IDA = "InsufficientDataActions";
    var _IF = "IncludeFilters";
    var _IFF = "InvalidFormatFault";
    var _ILA = "IncludeLinkedAccounts";
    var _ILAM = "IncludeLinkedAccountsMetrics";
    var _IM = "IncludeMetrics";
    var _INT = "InvalidNextToken";
    var _IPCE = "InvalidParameterCombinationException";
    var _IPVE = "InvalidParameterValueException";
    var _IR = "InsightRules";
    var _IRC = "InsightRuleContributor";
    var _IRCD = "InsightRuleContributorDatapoint";
    var _IRCDn = "InsightRuleContributorDatapoints";
    var _IRCn = "InsightRuleContributors";
    var _IRMD = "InsightRuleMetricDatapoint";
    var _IRMDn = "InsightRuleMetricDatapoints";
    var _IRn = "InsightRule";
    var _ISF = "InternalServiceFault";
    var _K = "Keys";
    var _KA = "KeyAttributes";
    var _KADE = "KmsAccessDeniedException";
    var _KKA = "KmsKeyArn";
    var _KKDE = "KmsKeyDisabledException";
    var _KKNFE = "KmsKeyNotFoundException";
    var _KL = "KeyLabels";
    var _Ke = "Key";
    var _L = "Label";
    var _LA = "LogAlarms";
    var _LAMR = "ListAlarmMuteRules";
    var _LAMRI = "ListAlarmMuteRulesInput";
    var _LAMRO = "ListAlarmMuteRulesOutput";
    var _LAo = "LogAlarm";
    var _LD = "ListDashboards";
    var _LDI = "ListDashboardsInput";
    var _LDO = "ListDashboardsOutput";
    var _LEE = "LimitExceededException";
    var _LEF = "LimitExceededFault";
    var _LGI = "LogGroupIdentifiers";
    var _LM = "LastModified";
    var _LMI = "ListMetricsInput";
    var _LMIR = "ListManagedInsightRules";
    var _LMIRI = "ListManagedInsightRulesInput";
    var _LMIRO = "ListManagedInsightRulesOutput";
    var _LMO = "ListMetricsOutput";
    var _LMS = "ListMetricStreams";
    var _LMSI = "ListMetricStreamsInput";
    var _LMSO = "ListMetricStreamsOutput";
    var _LMi = "ListMetrics";
    var _LO = "LabelOptions";
    var _LTFR = "ListTagsForResource";
    var _LTFRI = "ListTagsForResourceInput";
    var _LTFRO = "ListTagsForResourceOutput";
    var _LUD = "LastUpdateDate";
    var _LUT = "LastUpdatedTimestamp";
    var _M = "Message";
    var _MA = "MetricAlarms";
    var _MAe = "MetricAlarm";
    var _MC = "MetricCharacteristics";
    var _MCC = "MaxContributorCount";
    var _MCV = "MaxContributorValue";
    var _MD = "MetricData";
    var _MDQ = "MetricDataQueries";
    var _MDQe = "MetricDataQuery";
    var _MDR = "MetricDataResults";
    var _MDRM = "MetricDataResultMessages";
    var _MDRe = "MetricDataResult";
    var _MDa = "MaxDatapoints";
    var _MDe = "MetricDatapoints";
    var _MDes = "MessageData";
    var _MDet = "MetricDatum";
    var _MMAD = "MetricMathAnomalyDetector";
    var _MN = "MetricName";
    var _MNe = "MetricNames";
    var _MR = "MaxRecords";
    var _MRD = "ManagedRuleDescription";
    var _MRDa = "ManagedRuleDescriptions";
    var _MRPE = "MissingRequiredParameterException";
    var _MRS = "ManagedRuleState";
    var _MRa = "MaxResults";
    var _MRan = "ManagedRule";
    var _MRana = "ManagedRules";
    var _MS = "MetricStat";
    var _MSE = "MetricStreamEntry";
    var _MSEe = "MetricStreamEntries";
    var _MSF = "MetricStreamFilter";
    var _MSFe = "MetricStreamFilters";
    var _MSSC = "MetricStreamStatisticsConfiguration";
    var _MSSCe = "MetricStreamStatisticsConfigurations";
    var _MSSIM = "MetricStreamStatisticsIncludeMetrics";
    var _MSSM = "MetricStreamStatisticsMetric";
    var _MT = "MuteType";
    var _MTe = "MetricTimezone";
    var _MTu = "MuteTargets";
    var _MW = "MetricWidget";
    var _MWI = "MetricWidgetImage";
    var _Ma = "Maximum";
    var _Me = "Metrics";
    var _Mes = "Messages";
    var _Met = "Metric";
    var _Mi = "Minimum";
    var _N = "Namespace";
    var _NT = "NextToken";
    var _Na = "Name";
    var _Nam = "Names";
    var _OA = "OwningAccount";
    var _OAw = "OwningAccounts";
    var _OB = "OrderBy";
    var _OF = "OutputFormat";
    var _OKA = "OKActions";
    var _OSEAWUPE = "OnlyStartEvaluatingAfterWarmUpPeriodEnds";
    var _P = "Period";
    var _PAD = "PutAnomalyDetector";
    var _PADI = "PutAnomalyDetectorInput";
    var _PADO = "PutAnomalyDetectorOutput";
    var _PAMR = "PutAlarmMuteRule";
    var _PAMRI = "PutAlarmMuteRuleInput";
    var _PCA = "PutCompositeAlarm";
    var _PCAI = "PutCompositeAlarmInput";
    var _PD = "PutDashboard";
    var _PDI = "PutDashboardInput";
    var _PDO = "PutDashboardOutput";
    var _PF = "PartialFailure";
    var _PIR = "PutInsightRule";
    var _PIRI = "PutInsightRuleInput";
    var _PIRO = "PutInsightRuleOutput";
    var _PLA = "PutLogAlarm";
    var _PLAI = "PutLogAlarmInput";
    var _PMA = "PutMetricAlarm";
    var _PMAI = "PutMetricAlarmInput";
    var _PMD = "PutMetricData";
    var _PMDI = "PutMetricDataInput";
    var _PMIR = "PutManagedInsightRules";
    var _PMIRI = "PutManagedInsightRulesInput";
    var _PMIRO = "PutManagedInsightRulesOutput";
    var _PMS = "PutMetricStream";
    var _PMSI = "PutMetricStreamInput";
    var _PMSO = "PutMetricStreamOutput";
    var _POAN = "ParentsOfAlarmName";
    var _PP = "PendingPeriod";
    var _PQLC = "PromQLCriteria";
    var _PS = "PeriodicSpikes";
    var _Q = "Query";
    var _QARN = "QueryARN";
    var _QRTA = "QueryResultsToAlarm";
    var _QRTE = "QueryResultsToEvaluate";
    var _QS = "QueryString";
    var _R = "Rule";
    var _RA = "RoleArn";
    var _RARN = "ResourceARN";
    var _RAe = "RecentlyActive";
    var _RC = "ResourceConflict";
    var _RD = "ReturnData";
    var _RDu = "RuleDefinition";
    var _RI = "ResourceId";
    var _RN = "RuleNames";
    var _RNF = "ResourceNotFound";
    var _RNFE = "ResourceNotFoundException";
    var _RNu = "RuleName";
    var _RP = "RecoveryPeriod";
    var _RS = "RuleState";
    var _RT = "ResourceType";
    var _Ra = "Range";
    var _S = "Status";
    var _SAS = "SetAlarmState";
    var _SASI = "SetAlarmStateInput";
    var _SB = "ScanBy";
    var _SC = "SampleCount";
    var _SCc = "ScheduleConfiguration";
    var _SCt = "StatisticsConfigurations";
    var _SCta = "StatusCode";
    var _SD = "StartDate";
    var _SE = "ScheduleExpression";
    var _SEV = "StrictEntityValidation";
    var _SMAD = "SingleMetricAnomalyDetector";
    var _SMS = "StartMetricStreams";
    var _SMSI = "StartMetricStreamsInput";
    var _SMSIt = "StopMetricStreamsInput";
    var _SMSO = "StartMetricStreamsOutput";
    var _SMSOt = "StopMetricStreamsOutput";
    var _SMSt = "StopMetricStreams";
    var _SOTE = "StartOTelEnrichment";
    var _SOTEI = "StartOTelEnrichmentInput";
    var _SOTEIt = "StopOTelEnrichmentInput";
    var _SOTEO = "StartOTelEnrichmentOutput";
    var _SOTEOt = "StopOTelEnrichmentOutput";
    var _SOTEt = "StopOTelEnrichment";
    var _SQC = "ScheduledQueryConfiguration";
    var _SQRARN = "ScheduledQueryRoleARN";
    var _SR = "StateReason";
    var _SRD = "StateReasonData";
    var _SRt = "StorageResolution";
    var _SS = "StatisticSet";
    var _ST = "StartTime";
    var _STO = "StartTimeOffset";
    var _STT = "StateTransitionedTimestamp";
    var _SUT = "StateUpdatedTimestamp";
    var _SV = "StateValue";
    var _SVt = "StatisticValues";
    var _SW = "SlidingWindow";
    var _Sc = "Schema";
    var _Sch = "Schedule";
    var _Si = "Size";
    var _St = "Stat";
    var _Sta = "Statistic";
    var _Stat = "Statistics";
    var _State = "State";
    var _Statu = "Statuses";
    var _Su = "Sum";
    var _T = "Timestamp";
    var _TK = "TagKeys";
    var _TL = "TagList";
    var _TMD = "TreatMissingData";
    var _TMI = "ThresholdMetricId";
    var _TN = "TemplateName";
    var _TR = "TagResource";
    var _TRI = "TagResourceInput";
    var _TRO = "TagResourceOutput";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _Th = "Threshold";
    var _Ti = "Timezone";
    var _Tim = "Timestamps";
    var _U = "Unit";
    var _UC = "UniqueContributors";
    var _UR = "UntagResource";
    var _URI = "UntagResourceInput";
    var _URO = "UntagResourceOutput";
    var _V = "Value";
    var _Va = "Values";
    var _WCW = "WallClockWindow";
    var _WUC = "WarmUpConfiguration";
    var _WUPDIM = "WarmUpPeriodDurationInMinutes";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _dVM = "dashboardValidationMessages";
    var _e = "error";
    var _hE = "httpError";
    var _m = "message";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch";
    var _se = "server";
    var n0 = "com.amazonaws.cloudwatch";
    var _s_registry = new TypeRegistry(_s);
    var CloudWatchServiceException$ = [-3, _s, "CloudWatchServiceException", 0, [], []];
    _s_registry.registerError(CloudWatchServiceException$, CloudWatchServiceException);
    var n0_registry = new TypeRegistry(n0);
    var ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_aQE]: [`ConcurrentModificationException`, 429], [_e]: _c, [_hE]: 429 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DashboardInvalidInputError$ = [
      -3,
      n0,
      _DIIE,
      { [_aQE]: [`InvalidParameterInput`, 400], [_e]: _c, [_hE]: 400 },
      [_m, _dVM],
      [0, () => DashboardValidationMessages]
    ];
    n0_registry.registerError(DashboardInvalidInputError$, DashboardInvalidInputError);
    var DashboardNotFoundError$ = [
      -3,
      n0,
      _DNFE,
      { [_aQE]: [`ResourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DashboardNotFoundError$, DashboardNotFoundError);
    var InternalServiceFault$ = [
      -3,
      n0,
      _ISF,
      { [_aQE]: [`InternalServiceError`, 500], [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServiceFault$, InternalServiceFault);
    var InvalidFormatFault$ = [
      -3,
      n0,
      _IFF,
      { [_aQE]: [`InvalidFormat`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidFormatFault$, InvalidFormatFault);
    var InvalidNextToken$ = [
      -3,
      n0,
      _INT,
      { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
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
    var KmsAccessDeniedException$ = [
      -3,
      n0,
      _KADE,
      { [_e]: _c },
      [_M],
      [0],
      1
    ];
    n0_registry.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
    var KmsKeyDisabledException$ = [
      -3,
      n0,
      _KKDE,
      { [_e]: _c },
      [_M],
      [0],
      1
    ];
    n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
    var KmsKeyNotFoundException$ = [
      -3,
      n0,
      _KKNFE,
      { [_e]: _c },
      [_M],
      [0],
      1
    ];
    n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var LimitExceededFault$ = [
      -3,
      n0,
      _LEF,
      { [_aQE]: [`LimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
    var MissingRequiredParameterException$ = [
      -3,
      n0,
      _MRPE,
      { [_aQE]: [`MissingParameter`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
    var ResourceConflict$ = [
      -3,
      n0,
      _RC,
      { [_aQE]: [`ResourceConflict`, 409], [_e]: _c, [_hE]: 409 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceConflict$, ResourceConflict);
    var ResourceNotFound$ = [
      -3,
      n0,
      _RNF,
      { [_aQE]: [`ResourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_aQE]: [`ResourceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_RT, _RI, _M],
      [0, 0, 0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AlarmContributor$ = [
      3,
      n0,
      _AC,
      0,
      [_CI, _CA, _SR, _STT],
      [0, 128 | 0, 0, 4],
      3
    ];
    var AlarmHistoryItem$ = [
      3,
      n0,
      _AHI,
      0,
      [_AN, _ACI, _AT, _T, _HIT, _HS, _HD, _ACA],
      [0, 0, 0, 4, 0, 0, 0, 128 | 0]
    ];
    var AlarmMuteRuleSummary$ = [
      3,
      n0,
      _AMRS,
      0,
      [_AMRA, _ED, _S, _MT, _LUT],
      [0, 4, 0, 0, 4]
    ];
    var AlarmPromQLCriteria$ = [
      3,
      n0,
      _APQLC,
      0,
      [_Q, _PP, _RP],
      [0, 1, 1],
      1
    ];
    var AnomalyDetector$ = [
      3,
      n0,
      _AD,
      0,
      [_ADI, _N, _MN, _D, _St, _C, _SV, _MC, _SMAD, _MMAD],
      [0, 0, 0, () => Dimensions, 0, () => AnomalyDetectorConfiguration$, 0, () => MetricCharacteristics$, () => SingleMetricAnomalyDetector$, () => MetricMathAnomalyDetector$]
    ];
    var AnomalyDetectorConfiguration$ = [
      3,
      n0,
      _ADC,
      0,
      [_ETR, _MTe],
      [() => AnomalyDetectorExcludedTimeRanges, 0]
    ];
    var AssociateDatasetKmsKeyInput$ = [
      3,
      n0,
      _ADKKI,
      0,
      [_DI, _KKA],
      [0, 0],
      2
    ];
    var AssociateDatasetKmsKeyOutput$ = [
      3,
      n0,
      _ADKKO,
      0,
      [],
      []
    ];
    var CompositeAlarm$ = [
      3,
      n0,
      _CAo,
      0,
      [_AE, _AA, _AAl, _ACUT, _ADl, _AN, _AR, _IDA, _OKA, _SR, _SRD, _SUT, _SV, _STT, _ASB, _ASR, _AS, _ASWP, _ASEP],
      [2, 64 | 0, 0, 4, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, 4, 0, 4, 0, 0, 0, 1, 1]
    ];
    var DashboardEntry$ = [
      3,
      n0,
      _DE,
      0,
      [_DN, _DA, _LM, _Si],
      [0, 0, 4, 1]
    ];
    var DashboardValidationMessage$ = [
      3,
      n0,
      _DVM,
      0,
      [_DP, _M],
      [0, 0]
    ];
    var Datapoint$ = [
      3,
      n0,
      _Da,
      0,
      [_T, _SC, _A, _Su, _Mi, _Ma, _U, _ES],
      [4, 1, 1, 1, 1, 1, 0, 128 | 1]
    ];
    var DeleteAlarmMuteRuleInput$ = [
      3,
      n0,
      _DAMRI,
      0,
      [_AMRN],
      [0],
      1
    ];
    var DeleteAlarmsInput$ = [
      3,
      n0,
      _DAI,
      0,
      [_ANl],
      [64 | 0],
      1
    ];
    var DeleteAnomalyDetectorInput$ = [
      3,
      n0,
      _DADI,
      0,
      [_ADI, _N, _MN, _D, _St, _SMAD, _MMAD],
      [0, 0, 0, () => Dimensions, 0, () => SingleMetricAnomalyDetector$, () => MetricMathAnomalyDetector$]
    ];
    var DeleteAnomalyDetectorOutput$ = [
      3,
      n0,
      _DADO,
      0,
      [],
      []
    ];
    var DeleteDashboardsInput$ = [
      3,
      n0,
      _DDI,
      0,
      [_DNa],
      [64 | 0],
      1
    ];
    var DeleteDashboardsOutput$ = [
      3,
      n0,
      _DDO,
      0,
      [],
      []
    ];
    var DeleteInsightRulesInput$ = [
      3,
      n0,
      _DIRI,
      0,
      [_RN],
      [64 | 0],
      1
    ];
    var DeleteInsightRulesOutput$ = [
      3,
      n0,
      _DIRO,
      0,
      [_F],
      [() => BatchFailures]
    ];
    var DeleteMetricStreamInput$ = [
      3,
      n0,
      _DMSI,
      0,
      [_Na],
      [0],
      1
    ];
    var DeleteMetricStreamOutput$ = [
      3,
      n0,
      _DMSO,
      0,
      [],
      []
    ];
    var DescribeAlarmContributorsInput$ = [
      3,
      n0,
      _DACI,
      0,
      [_AN, _NT],
      [0, 0],
      1
    ];
    var DescribeAlarmContributorsOutput$ = [
      3,
      n0,
      _DACO,
      0,
      [_ACl, _NT],
      [() => AlarmContributors, 0],
      1
    ];
    var DescribeAlarmHistoryInput$ = [
      3,
      n0,
      _DAHI,
      0,
      [_AN, _ACI, _ATl, _HIT, _SD, _EDn, _MR, _NT, _SB],
      [0, 0, 64 | 0, 0, 4, 4, 1, 0, 0]
    ];
    var DescribeAlarmHistoryOutput$ = [
      3,
      n0,
      _DAHO,
      0,
      [_AHIl, _NT],
      [() => AlarmHistoryItems, 0]
    ];
    var DescribeAlarmsForMetricInput$ = [
      3,
      n0,
      _DAFMI,
      0,
      [_MN, _N, _Sta, _ESx, _D, _P, _U],
      [0, 0, 0, 0, () => Dimensions, 1, 0],
      2
    ];
    var DescribeAlarmsForMetricOutput$ = [
      3,
      n0,
      _DAFMO,
      0,
      [_MA],
      [() => MetricAlarms]
    ];
    var DescribeAlarmsInput$ = [
      3,
      n0,
      _DAIe,
      0,
      [_ANl, _ANP, _ATl, _COAN, _POAN, _SV, _AP, _MR, _NT],
      [64 | 0, 0, 64 | 0, 0, 0, 0, 0, 1, 0]
    ];
    var DescribeAlarmsOutput$ = [
      3,
      n0,
      _DAO,
      0,
      [_CAom, _MA, _LA, _NT],
      [() => CompositeAlarms, () => MetricAlarms, () => LogAlarms, 0]
    ];
    var DescribeAnomalyDetectorsInput$ = [
      3,
      n0,
      _DADIe,
      0,
      [_ADIn, _NT, _MRa, _N, _MN, _D, _ADT],
      [64 | 0, 0, 1, 0, 0, () => Dimensions, 64 | 0]
    ];
    var DescribeAnomalyDetectorsOutput$ = [
      3,
      n0,
      _DADOe,
      0,
      [_ADn, _NT],
      [() => AnomalyDetectors, 0]
    ];
    var DescribeInsightRulesInput$ = [
      3,
      n0,
      _DIRIe,
      0,
      [_NT, _MRa],
      [0, 1]
    ];
    var DescribeInsightRulesOutput$ = [
      3,
      n0,
      _DIROe,
      0,
      [_NT, _IR],
      [0, () => InsightRules]
    ];
    var Dimension$ = [
      3,
      n0,
      _Di,
      0,
      [_Na, _V],
      [0, 0],
      2
    ];
    var DimensionFilter$ = [
      3,
      n0,
      _DF,
      0,
      [_Na, _V],
      [0, 0],
      1
    ];
    var DisableAlarmActionsInput$ = [
      3,
      n0,
      _DAAI,
      0,
      [_ANl],
      [64 | 0],
      1
    ];
    var DisableInsightRulesInput$ = [
      3,
      n0,
      _DIRIi,
      0,
      [_RN],
      [64 | 0],
      1
    ];
    var DisableInsightRulesOutput$ = [
      3,
      n0,
      _DIROi,
      0,
      [_F],
      [() => BatchFailures]
    ];
    var DisassociateDatasetKmsKeyInput$ = [
      3,
      n0,
      _DDKKI,
      0,
      [_DI],
      [0],
      1
    ];
    var DisassociateDatasetKmsKeyOutput$ = [
      3,
      n0,
      _DDKKO,
      0,
      [],
      []
    ];
    var EnableAlarmActionsInput$ = [
      3,
      n0,
      _EAAI,
      0,
      [_ANl],
      [64 | 0],
      1
    ];
    var EnableInsightRulesInput$ = [
      3,
      n0,
      _EIRI,
      0,
      [_RN],
      [64 | 0],
      1
    ];
    var EnableInsightRulesOutput$ = [
      3,
      n0,
      _EIRO,
      0,
      [_F],
      [() => BatchFailures]
    ];
    var Entity$ = [
      3,
      n0,
      _E,
      0,
      [_KA, _At],
      [128 | 0, 128 | 0]
    ];
    var EntityMetricData$ = [
      3,
      n0,
      _EMD,
      0,
      [_E, _MD],
      [() => Entity$, () => MetricData]
    ];
    var GetAlarmMuteRuleInput$ = [
      3,
      n0,
      _GAMRI,
      0,
      [_AMRN],
      [0],
      1
    ];
    var GetAlarmMuteRuleOutput$ = [
      3,
      n0,
      _GAMRO,
      0,
      [_Na, _AMRA, _De, _R, _MTu, _SD, _ED, _S, _LUT, _MT],
      [0, 0, 0, () => Rule$, () => MuteTargets$, 4, 4, 0, 4, 0]
    ];
    var GetDashboardInput$ = [
      3,
      n0,
      _GDI,
      0,
      [_DN],
      [0],
      1
    ];
    var GetDashboardOutput$ = [
      3,
      n0,
      _GDO,
      0,
      [_DA, _DB, _DN],
      [0, 0, 0]
    ];
    var GetDatasetInput$ = [
      3,
      n0,
      _GDIe,
      0,
      [_DI],
      [0],
      1
    ];
    var GetDatasetOutput$ = [
      3,
      n0,
      _GDOe,
      0,
      [_DIa, _Ar, _KKA],
      [0, 0, 0],
      2
    ];
    var GetInsightRuleReportInput$ = [
      3,
      n0,
      _GIRRI,
      0,
      [_RNu, _ST, _ET, _P, _MCC, _Me, _OB],
      [0, 4, 4, 1, 1, 64 | 0, 0],
      4
    ];
    var GetInsightRuleReportOutput$ = [
      3,
      n0,
      _GIRRO,
      0,
      [_KL, _ASg, _AV, _AUC, _Co, _MDe],
      [64 | 0, 0, 1, 1, () => InsightRuleContributors, () => InsightRuleMetricDatapoints]
    ];
    var GetMetricDataInput$ = [
      3,
      n0,
      _GMDI,
      0,
      [_MDQ, _ST, _ET, _NT, _SB, _MDa, _LO],
      [() => MetricDataQueries, 4, 4, 0, 0, 1, () => LabelOptions$],
      3
    ];
    var GetMetricDataOutput$ = [
      3,
      n0,
      _GMDO,
      0,
      [_MDR, _NT, _Mes],
      [() => MetricDataResults, 0, () => MetricDataResultMessages]
    ];
    var GetMetricStatisticsInput$ = [
      3,
      n0,
      _GMSI,
      0,
      [_N, _MN, _ST, _ET, _P, _D, _Stat, _ES, _U],
      [0, 0, 4, 4, 1, () => Dimensions, 64 | 0, 64 | 0, 0],
      5
    ];
    var GetMetricStatisticsOutput$ = [
      3,
      n0,
      _GMSO,
      0,
      [_L, _Dat],
      [0, () => Datapoints]
    ];
    var GetMetricStreamInput$ = [
      3,
      n0,
      _GMSIe,
      0,
      [_Na],
      [0],
      1
    ];
    var GetMetricStreamOutput$ = [
      3,
      n0,
      _GMSOe,
      0,
      [_Ar, _Na, _IF, _EF, _FA, _RA, _State, _CD, _LUD, _OF, _SCt, _ILAM],
      [0, 0, () => MetricStreamFilters, () => MetricStreamFilters, 0, 0, 0, 4, 4, 0, () => MetricStreamStatisticsConfigurations, 2]
    ];
    var GetMetricWidgetImageInput$ = [
      3,
      n0,
      _GMWII,
      0,
      [_MW, _OF],
      [0, 0],
      1
    ];
    var GetMetricWidgetImageOutput$ = [
      3,
      n0,
      _GMWIO,
      0,
      [_MWI],
      [21]
    ];
    var GetOTelEnrichmentInput$ = [
      3,
      n0,
      _GOTEI,
      0,
      [],
      []
    ];
    var GetOTelEnrichmentOutput$ = [
      3,
      n0,
      _GOTEO,
      0,
      [_S],
      [0],
      1
    ];
    var InsightRule$ = [
      3,
      n0,
      _IRn,
      0,
      [_Na, _State, _Sc, _Def, _MRan, _AOTL],
      [0, 0, 0, 0, 2, 2],
      4
    ];
    var InsightRuleContributor$ = [
      3,
      n0,
      _IRC,
      0,
      [_K, _AAV, _Dat],
      [64 | 0, 1, () => InsightRuleContributorDatapoints],
      3
    ];
    var InsightRuleContributorDatapoint$ = [
      3,
      n0,
      _IRCD,
      0,
      [_T, _AVp],
      [4, 1],
      2
    ];
    var InsightRuleMetricDatapoint$ = [
      3,
      n0,
      _IRMD,
      0,
      [_T, _UC, _MCV, _SC, _A, _Su, _Mi, _Ma],
      [4, 1, 1, 1, 1, 1, 1, 1],
      1
    ];
    var LabelOptions$ = [
      3,
      n0,
      _LO,
      0,
      [_Ti],
      [0]
    ];
    var ListAlarmMuteRulesInput$ = [
      3,
      n0,
      _LAMRI,
      0,
      [_AN, _Statu, _MR, _NT],
      [0, 64 | 0, 1, 0]
    ];
    var ListAlarmMuteRulesOutput$ = [
      3,
      n0,
      _LAMRO,
      0,
      [_AMRSl, _NT],
      [() => AlarmMuteRuleSummaries, 0]
    ];
    var ListDashboardsInput$ = [
      3,
      n0,
      _LDI,
      0,
      [_DNP, _NT],
      [0, 0]
    ];
    var ListDashboardsOutput$ = [
      3,
      n0,
      _LDO,
      0,
      [_DEa, _NT],
      [() => DashboardEntries, 0]
    ];
    var ListManagedInsightRulesInput$ = [
      3,
      n0,
      _LMIRI,
      0,
      [_RARN, _NT, _MRa],
      [0, 0, 1],
      1
    ];
    var ListManagedInsightRulesOutput$ = [
      3,
      n0,
      _LMIRO,
      0,
      [_MRana, _NT],
      [() => ManagedRuleDescriptions, 0]
    ];
    var ListMetricsInput$ = [
      3,
      n0,
      _LMI,
      0,
      [_N, _MN, _D, _NT, _RAe, _ILA, _OA],
      [0, 0, () => DimensionFilters, 0, 0, 2, 0]
    ];
    var ListMetricsOutput$ = [
      3,
      n0,
      _LMO,
      0,
      [_Me, _NT, _OAw],
      [() => Metrics, 0, 64 | 0]
    ];
    var ListMetricStreamsInput$ = [
      3,
      n0,
      _LMSI,
      0,
      [_NT, _MRa],
      [0, 1]
    ];
    var ListMetricStreamsOutput$ = [
      3,
      n0,
      _LMSO,
      0,
      [_NT, _En],
      [0, () => MetricStreamEntries]
    ];
    var ListTagsForResourceInput$ = [
      3,
      n0,
      _LTFRI,
      0,
      [_RARN],
      [0],
      1
    ];
    var ListTagsForResourceOutput$ = [
      3,
      n0,
      _LTFRO,
      0,
      [_Ta],
      [() => TagList]
    ];
    var LogAlarm$ = [
      3,
      n0,
      _LAo,
      0,
      [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _SQC, _QRTE, _QRTA, _Th, _CO, _TMD, _STT, _ESv, _ALLC, _ALLRA, _WUC],
      [0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 4, 0, 1, 0, () => WarmUpConfiguration$]
    ];
    var ManagedRule$ = [
      3,
      n0,
      _MRan,
      0,
      [_TN, _RARN, _Ta],
      [0, 0, () => TagList],
      2
    ];
    var ManagedRuleDescription$ = [
      3,
      n0,
      _MRD,
      0,
      [_TN, _RARN, _RS],
      [0, 0, () => ManagedRuleState$]
    ];
    var ManagedRuleState$ = [
      3,
      n0,
      _MRS,
      0,
      [_RNu, _State],
      [0, 0],
      2
    ];
    var MessageData$ = [
      3,
      n0,
      _MDes,
      0,
      [_Cod, _V],
      [0, 0]
    ];
    var Metric$ = [
      3,
      n0,
      _Met,
      0,
      [_N, _MN, _D],
      [0, 0, () => Dimensions]
    ];
    var MetricAlarm$ = [
      3,
      n0,
      _MAe,
      0,
      [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _TMI, _ESv, _STT, _EW, _WUC, _EC, _EI],
      [0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, 0, 0, 4, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1]
    ];
    var MetricCharacteristics$ = [
      3,
      n0,
      _MC,
      0,
      [_PS],
      [2]
    ];
    var MetricDataQuery$ = [
      3,
      n0,
      _MDQe,
      0,
      [_I, _MS, _Ex, _L, _RD, _P, _AI],
      [0, () => MetricStat$, 0, 0, 2, 1, 0],
      1
    ];
    var MetricDataResult$ = [
      3,
      n0,
      _MDRe,
      0,
      [_I, _L, _Tim, _Va, _SCta, _Mes],
      [0, 0, 64 | 4, 64 | 1, 0, () => MetricDataResultMessages]
    ];
    var MetricDatum$ = [
      3,
      n0,
      _MDet,
      0,
      [_MN, _D, _T, _V, _SVt, _Va, _Cou, _U, _SRt],
      [0, () => Dimensions, 4, 1, () => StatisticSet$, 64 | 1, 64 | 1, 0, 1],
      1
    ];
    var MetricMathAnomalyDetector$ = [
      3,
      n0,
      _MMAD,
      0,
      [_MDQ],
      [() => MetricDataQueries]
    ];
    var MetricStat$ = [
      3,
      n0,
      _MS,
      0,
      [_Met, _P, _St, _U],
      [() => Metric$, 1, 0, 0],
      3
    ];
    var MetricStreamEntry$ = [
      3,
      n0,
      _MSE,
      0,
      [_Ar, _CD, _LUD, _Na, _FA, _State, _OF],
      [0, 4, 4, 0, 0, 0, 0]
    ];
    var MetricStreamFilter$ = [
      3,
      n0,
      _MSF,
      0,
      [_N, _MNe],
      [0, 64 | 0]
    ];
    var MetricStreamStatisticsConfiguration$ = [
      3,
      n0,
      _MSSC,
      0,
      [_IM, _ASd],
      [() => MetricStreamStatisticsIncludeMetrics, 64 | 0],
      2
    ];
    var MetricStreamStatisticsMetric$ = [
      3,
      n0,
      _MSSM,
      0,
      [_N, _MN],
      [0, 0],
      2
    ];
    var MuteTargets$ = [
      3,
      n0,
      _MTu,
      0,
      [_ANl],
      [64 | 0],
      1
    ];
    var PartialFailure$ = [
      3,
      n0,
      _PF,
      0,
      [_FR, _ETx, _FC, _FD],
      [0, 0, 0, 0]
    ];
    var PutAlarmMuteRuleInput$ = [
      3,
      n0,
      _PAMRI,
      0,
      [_Na, _R, _De, _MTu, _Ta, _SD, _ED],
      [0, () => Rule$, 0, () => MuteTargets$, () => TagList, 4, 4],
      2
    ];
    var PutAnomalyDetectorInput$ = [
      3,
      n0,
      _PADI,
      0,
      [_N, _MN, _D, _St, _C, _MC, _SMAD, _MMAD],
      [0, 0, () => Dimensions, 0, () => AnomalyDetectorConfiguration$, () => MetricCharacteristics$, () => SingleMetricAnomalyDetector$, () => MetricMathAnomalyDetector$]
    ];
    var PutAnomalyDetectorOutput$ = [
      3,
      n0,
      _PADO,
      0,
      [_ADI],
      [0]
    ];
    var PutCompositeAlarmInput$ = [
      3,
      n0,
      _PCAI,
      0,
      [_AN, _AR, _AE, _AA, _ADl, _IDA, _OKA, _Ta, _AS, _ASWP, _ASEP],
      [0, 0, 2, 64 | 0, 0, 64 | 0, 64 | 0, () => TagList, 0, 1, 1],
      2
    ];
    var PutDashboardInput$ = [
      3,
      n0,
      _PDI,
      0,
      [_DN, _DB, _Ta],
      [0, 0, () => TagList],
      2
    ];
    var PutDashboardOutput$ = [
      3,
      n0,
      _PDO,
      0,
      [_DVMa],
      [() => DashboardValidationMessages]
    ];
    var PutInsightRuleInput$ = [
      3,
      n0,
      _PIRI,
      0,
      [_RNu, _RDu, _RS, _Ta, _AOTL],
      [0, 0, 0, () => TagList, 2],
      2
    ];
    var PutInsightRuleOutput$ = [
      3,
      n0,
      _PIRO,
      0,
      [],
      []
    ];
    var PutLogAlarmInput$ = [
      3,
      n0,
      _PLAI,
      0,
      [_AN, _SQC, _QRTE, _QRTA, _Th, _CO, _ADl, _ALLC, _ALLRA, _AE, _OKA, _AA, _IDA, _TMD, _Ta, _WUC],
      [0, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 1, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, () => TagList, () => WarmUpConfiguration$],
      6
    ];
    var PutManagedInsightRulesInput$ = [
      3,
      n0,
      _PMIRI,
      0,
      [_MRana],
      [() => ManagedRules],
      1
    ];
    var PutManagedInsightRulesOutput$ = [
      3,
      n0,
      _PMIRO,
      0,
      [_F],
      [() => BatchFailures]
    ];
    var PutMetricAlarmInput$ = [
      3,
      n0,
      _PMAI,
      0,
      [_AN, _ADl, _AE, _OKA, _AA, _IDA, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _Ta, _TMI, _EW, _WUC, _EC, _EI],
      [0, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, () => TagList, 0, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1],
      1
    ];
    var PutMetricDataInput$ = [
      3,
      n0,
      _PMDI,
      0,
      [_N, _MD, _EMD, _SEV],
      [0, () => MetricData, () => EntityMetricDataList, 2],
      1
    ];
    var PutMetricStreamInput$ = [
      3,
      n0,
      _PMSI,
      0,
      [_Na, _FA, _RA, _OF, _IF, _EF, _Ta, _SCt, _ILAM],
      [0, 0, 0, 0, () => MetricStreamFilters, () => MetricStreamFilters, () => TagList, () => MetricStreamStatisticsConfigurations, 2],
      4
    ];
    var PutMetricStreamOutput$ = [
      3,
      n0,
      _PMSO,
      0,
      [_Ar],
      [0]
    ];
    var Range$ = [
      3,
      n0,
      _Ra,
      0,
      [_ST, _ET],
      [4, 4],
      2
    ];
    var Rule$ = [
      3,
      n0,
      _R,
      0,
      [_Sch],
      [() => Schedule$],
      1
    ];
    var Schedule$ = [
      3,
      n0,
      _Sch,
      0,
      [_Ex, _Du, _Ti],
      [0, 0, 0],
      2
    ];
    var ScheduleConfiguration$ = [
      3,
      n0,
      _SCc,
      0,
      [_SE, _STO, _ETO],
      [0, 1, 1],
      2
    ];
    var ScheduledQueryConfiguration$ = [
      3,
      n0,
      _SQC,
      0,
      [_QS, _SQRARN, _SCc, _AEg, _LGI, _QARN, _Ta],
      [0, 0, () => ScheduleConfiguration$, 0, 64 | 0, 0, () => TagList],
      4
    ];
    var SetAlarmStateInput$ = [
      3,
      n0,
      _SASI,
      0,
      [_AN, _SV, _SR, _SRD],
      [0, 0, 0, 0],
      3
    ];
    var SingleMetricAnomalyDetector$ = [
      3,
      n0,
      _SMAD,
      0,
      [_AI, _N, _MN, _D, _St],
      [0, 0, 0, () => Dimensions, 0]
    ];
    var SlidingWindow$ = [
      3,
      n0,
      _SW,
      0,
      [],
      []
    ];
    var StartMetricStreamsInput$ = [
      3,
      n0,
      _SMSI,
      0,
      [_Nam],
      [64 | 0],
      1
    ];
    var StartMetricStreamsOutput$ = [
      3,
      n0,
      _SMSO,
      0,
      [],
      []
    ];
    var StartOTelEnrichmentInput$ = [
      3,
      n0,
      _SOTEI,
      0,
      [],
      []
    ];
    var StartOTelEnrichmentOutput$ = [
      3,
      n0,
      _SOTEO,
      0,
      [],
      []
    ];
    var StatisticSet$ = [
      3,
      n0,
      _SS,
      0,
      [_SC, _Su, _Mi, _Ma],
      [1, 1, 1, 1],
      4
    ];
    var StopMetricStreamsInput$ = [
      3,
      n0,
      _SMSIt,
      0,
      [_Nam],
      [64 | 0],
      1
    ];
    var StopMetricStreamsOutput$ = [
      3,
      n0,
      _SMSOt,
      0,
      [],
      []
    ];
    var StopOTelEnrichmentInput$ = [
      3,
      n0,
      _SOTEIt,
      0,
      [],
      []
    ];
    var StopOTelEnrichmentOutput$ = [
      3,
      n0,
      _SOTEOt,
      0,
      [],
      []
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_Ke, _V],
      [0, 0],
      2
    ];
    var TagResourceInput$ = [
      3,
      n0,
      _TRI,
      0,
      [_RARN, _Ta],
      [0, () => TagList],
      2
    ];
    var TagResourceOutput$ = [
      3,
      n0,
      _TRO,
      0,
      [],
      []
    ];
    var UntagResourceInput$ = [
      3,
      n0,
      _URI,
      0,
      [_RARN, _TK],
      [0, 64 | 0],
      2
    ];
    var UntagResourceOutput$ = [
      3,
      n0,
      _URO,
      0,
      [],
      []
    ];
    var WallClockWindow$ = [
      3,
      n0,
      _WCW,
      0,
      [_Ti],
      [0]
    ];
    var WarmUpConfiguration$ = [
      3,
      n0,
      _WUC,
      0,
      [_WUPDIM, _OSEAWUPE],
      [1, 2],
      1
    ];
    var __Unit = "unit";
    var AlarmContributors = [
      1,
      n0,
      _ACl,
      0,
      () => AlarmContributor$
    ];
    var AlarmHistoryItems = [
      1,
      n0,
      _AHIl,
      0,
      () => AlarmHistoryItem$
    ];
    var AlarmMuteRuleSummaries = [
      1,
      n0,
      _AMRSl,
      0,
      () => AlarmMuteRuleSummary$
    ];
    var AnomalyDetectorExcludedTimeRanges = [
      1,
      n0,
      _ADETR,
      0,
      () => Range$
    ];
    var AnomalyDetectors = [
      1,
      n0,
      _ADn,
      0,
      () => AnomalyDetector$
    ];
    var BatchFailures = [
      1,
      n0,
      _BF,
      0,
      () => PartialFailure$
    ];
    var CompositeAlarms = [
      1,
      n0,
      _CAom,
      0,
      () => CompositeAlarm$
    ];
    var DashboardEntries = [
      1,
      n0,
      _DEa,
      0,
      () => DashboardEntry$
    ];
    var DashboardValidationMessages = [
      1,
      n0,
      _DVMa,
      0,
      () => DashboardValidationMessage$
    ];
    var Datapoints = [
      1,
      n0,
      _Dat,
      0,
      () => Datapoint$
    ];
    var DimensionFilters = [
      1,
      n0,
      _DFi,
      0,
      () => DimensionFilter$
    ];
    var Dimensions = [
      1,
      n0,
      _D,
      0,
      () => Dimension$
    ];
    var EntityMetricDataList = [
      1,
      n0,
      _EMDL,
      0,
      () => EntityMetricData$
    ];
    var InsightRuleContributorDatapoints = [
      1,
      n0,
      _IRCDn,
      0,
      () => InsightRuleContributorDatapoint$
    ];
    var InsightRuleContributors = [
      1,
      n0,
      _IRCn,
      0,
      () => InsightRuleContributor$
    ];
    var InsightRuleMetricDatapoints = [
      1,
      n0,
      _IRMDn,
      0,
      () => InsightRuleMetricDatapoint$
    ];
    var InsightRules = [
      1,
      n0,
      _IR,
      0,
      () => InsightRule$
    ];
    var LogAlarms = [
      1,
      n0,
      _LA,
      0,
      () => LogAlarm$
    ];
    var ManagedRuleDescriptions = [
      1,
      n0,
      _MRDa,
      0,
      () => ManagedRuleDescription$
    ];
    var ManagedRules = [
      1,
      n0,
      _MRana,
      0,
      () => ManagedRule$
    ];
    var MetricAlarms = [
      1,
      n0,
      _MA,
      0,
      () => MetricAlarm$
    ];
    var MetricData = [
      1,
      n0,
      _MD,
      0,
      () => MetricDatum$
    ];
    var MetricDataQueries = [
      1,
      n0,
      _MDQ,
      0,
      () => MetricDataQuery$
    ];
    var MetricDataResultMessages = [
      1,
      n0,
      _MDRM,
      0,
      () => MessageData$
    ];
    var MetricDataResults = [
      1,
      n0,
      _MDR,
      0,
      () => MetricDataResult$
    ];
    var Metrics = [
      1,
      n0,
      _Me,
      0,
      () => Metric$
    ];
    var MetricStreamEntries = [
      1,
      n0,
      _MSEe,
      0,
      () => MetricStreamEntry$
    ];
    var MetricStreamFilters = [
      1,
      n0,
      _MSFe,
      0,
      () => MetricStreamFilter$
    ];
    var MetricStreamStatisticsConfigurations = [
      1,
      n0,
      _MSSCe,
      0,
      () => MetricStreamStatisticsConfiguration$
    ];
    var MetricStreamStatisticsIncludeMetrics = [
      1,
      n0,
      _MSSIM,
      0,
      () => MetricStreamStatisticsMetric$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var EvaluationCriteria$ = [
      4,
      n0,
      _EC,
      0,
      [_PQLC],
      [() => AlarmPromQLCriteria$]
    ];
    var EvaluationWindow$ = [
      4,
      n0,
      _EW,
      0,
      [_WCW, _SW],
      [() => WallClockWindow$, () => SlidingWindow$]
    ];
    var AssociateDatasetKmsKey$ = [
      9,
      n0,
      _ADKK,
      0,
      () => AssociateDatasetKmsKeyInput$,
      () => AssociateDatasetKmsKeyOutput$
    ];
    var DeleteAlarmMuteRule$ = [
      9,
      n0,
      _DAMR,
      0,
      () => DeleteAlarmMuteRuleInput$,
      () => __Unit
    ];
    var DeleteAlarms$ = [
      9,
      n0,
      _DAe,
      0,
      () => DeleteAlarmsInput$,
      () => __Unit
    ];
    var DeleteAnomalyDetector$ = [
      9,
      n0,
      _DAD,
      0,
      () => DeleteAnomalyDetectorInput$,
      () => DeleteAnomalyDetectorOutput$
    ];
    var DeleteDashboards$ = [
      9,
      n0,
      _DD,
      0,
      () => DeleteDashboardsInput$,
      () => DeleteDashboardsOutput$
    ];
    var DeleteInsightRules$ = [
      9,
      n0,
      _DIR,
      0,
      () => DeleteInsightRulesInput$,
      () => DeleteInsightRulesOutput$
    ];
    var DeleteMetricStream$ = [
      9,
      n0,
      _DMS,
      0,
      () => DeleteMetricStreamInput$,
      () => DeleteMetricStreamOutput$
    ];
    var DescribeAlarmContributors$ = [
      9,
      n0,
      _DAC,
      0,
      () => DescribeAlarmContributorsInput$,
      () => DescribeAlarmContributorsOutput$
    ];
    var DescribeAlarmHistory$ = [
      9,
      n0,
      _DAH,
      0,
      () => DescribeAlarmHistoryInput$,
      () => DescribeAlarmHistoryOutput$
    ];
    var DescribeAlarms$ = [
      9,
      n0,
      _DAes,
      0,
      () => DescribeAlarmsInput$,
      () => DescribeAlarmsOutput$
    ];
    var DescribeAlarmsForMetric$ = [
      9,
      n0,
      _DAFM,
      0,
      () => DescribeAlarmsForMetricInput$,
      () => DescribeAlarmsForMetricOutput$
    ];
    var DescribeAnomalyDetectors$ = [
      9,
      n0,
      _DADe,
      0,
      () => DescribeAnomalyDetectorsInput$,
      () => DescribeAnomalyDetectorsOutput$
    ];
    var DescribeInsightRules$ = [
      9,
      n0,
      _DIRe,
      0,
      () => DescribeInsightRulesInput$,
      () => DescribeInsightRulesOutput$
    ];
    var DisableAlarmActions$ = [
      9,
      n0,
      _DAA,
      0,
      () => DisableAlarmActionsInput$,
      () => __Unit
    ];
    var DisableInsightRules$ = [
      9,
      n0,
      _DIRi,
      0,
      () => DisableInsightRulesInput$,
      () => DisableInsightRulesOutput$
    ];
    var DisassociateDatasetKmsKey$ = [
      9,
      n0,
      _DDKK,
      2,
      () => DisassociateDatasetKmsKeyInput$,
      () => DisassociateDatasetKmsKeyOutput$
    ];
    var EnableAlarmActions$ = [
      9,
      n0,
      _EAA,
      0,
      () => EnableAlarmActionsInput$,
      () => __Unit
    ];
    var EnableInsightRules$ = [
      9,
      n0,
      _EIR,
      0,
      () => EnableInsightRulesInput$,
      () => EnableInsightRulesOutput$
    ];
    var GetAlarmMuteRule$ = [
      9,
      n0,
      _GAMR,
      0,
      () => GetAlarmMuteRuleInput$,
      () => GetAlarmMuteRuleOutput$
    ];
    var GetDashboard$ = [
      9,
      n0,
      _GD,
      0,
      () => GetDashboardInput$,
      () => GetDashboardOutput$
    ];
    var GetDataset$ = [
      9,
      n0,
      _GDe,
      0,
      () => GetDatasetInput$,
      () => GetDatasetOutput$
    ];
    var GetInsightRuleReport$ = [
      9,
      n0,
      _GIRR,
      0,
      () => GetInsightRuleReportInput$,
      () => GetInsightRuleReportOutput$
    ];
    var GetMetricData$ = [
      9,
      n0,
      _GMD,
      0,
      () => GetMetricDataInput$,
      () => GetMetricDataOutput$
    ];
    var GetMetricStatistics$ = [
      9,
      n0,
      _GMS,
      0,
      () => GetMetricStatisticsInput$,
      () => GetMetricStatisticsOutput$
    ];
    var GetMetricStream$ = [
      9,
      n0,
      _GMSe,
      0,
      () => GetMetricStreamInput$,
      () => GetMetricStreamOutput$
    ];
    var GetMetricWidgetImage$ = [
      9,
      n0,
      _GMWI,
      0,
      () => GetMetricWidgetImageInput$,
      () => GetMetricWidgetImageOutput$
    ];
    var GetOTelEnrichment$ = [
      9,
      n0,
      _GOTE,
      0,
      () => GetOTelEnrichmentInput$,
      () => GetOTelEnrichmentOutput$
    ];
    var ListAlarmMuteRules$ = [
      9,
      n0,
      _LAMR,
      0,
      () => ListAlarmMuteRulesInput$,
      () => ListAlarmMuteRulesOutput$
    ];
    var ListDashboards$ = [
      9,
      n0,
      _LD,
      0,
      () => ListDashboardsInput$,
      () => ListDashboardsOutput$
    ];
    var ListManagedInsightRules$ = [
      9,
      n0,
      _LMIR,
      0,
      () => ListManagedInsightRulesInput$,
      () => ListManagedInsightRulesOutput$
    ];
    var ListMetrics$ = [
      9,
      n0,
      _LMi,
      0,
      () => ListMetricsInput$,
      () => ListMetricsOutput$
    ];
    var ListMetricStreams$ = [
      9,
      n0,
      _LMS,
      0,
      () => ListMetricStreamsInput$,
      () => ListMetricStreamsOutput$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceInput$,
      () => ListTagsForResourceOutput$
    ];
    var PutAlarmMuteRule$ = [
      9,
      n0,
      _PAMR,
      0,
      () => PutAlarmMuteRuleInput$,
      () => __Unit
    ];
    var PutAnomalyDetector$ = [
      9,
      n0,
      _PAD,
      0,
      () => PutAnomalyDetectorInput$,
      () => PutAnomalyDetectorOutput$
    ];
    var PutCompositeAlarm$ = [
      9,
      n0,
      _PCA,
      0,
      () => PutCompositeAlarmInput$,
      () => __Unit
    ];
    var PutDashboard$ = [
      9,
      n0,
      _PD,
      0,
      () => PutDashboardInput$,
      () => PutDashboardOutput$
    ];
    var PutInsightRule$ = [
      9,
      n0,
      _PIR,
      0,
      () => PutInsightRuleInput$,
      () => PutInsightRuleOutput$
    ];
    var PutLogAlarm$ = [
      9,
      n0,
      _PLA,
      0,
      () => PutLogAlarmInput$,
      () => __Unit
    ];
    var PutManagedInsightRules$ = [
      9,
      n0,
      _PMIR,
      0,
      () => PutManagedInsightRulesInput$,
      () => PutManagedInsightRulesOutput$
    ];
    var PutMetricAlarm$ = [
      9,
      n0,
      _PMA,
      0,
      () => PutMetricAlarmInput$,
      () => __Unit
    ];
    var PutMetricData$ = [
      9,
      n0,
      _PMD,
      0,
      () => PutMetricDataInput$,
      () => __Unit
    ];
    var PutMetricStream$ = [
      9,
      n0,
      _PMS,
      0,
      () => PutMetricStreamInput$,
      () => PutMetricStreamOutput$
    ];
    var SetAlarmState$ = [
      9,
      n0,
      _SAS,
      0,
      () => SetAlarmStateInput$,
      () => __Unit
    ];
    var StartMetricStreams$ = [
      9,
      n0,
      _SMS,
      0,
      () => StartMetricStreamsInput$,
      () => StartMetricStreamsOutput$
    ];
    var StartOTelEnrichment$ = [
      9,
      n0,
      _SOTE,
      0,
      () => StartOTelEnrichmentInput$,
      () => StartOTelEnrichmentOutput$
    ];
    var StopMetricStreams$ = [
      9,
      n0,
      _SMSt,
      0,
      () => StopMetricStreamsInput$,
      () => StopMetricStreamsOutput$
    ];
    var StopOTelEnrichment$ = [
      9,
      n0,
      _SOTEt,
      0,
      () => StopOTelEnrichmentInput$,
      () => StopOTelEnrichmentOutput$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceInput$,
      () => TagResourceOutput$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceInput$,
      () => UntagResourceOutput$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2010-08-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_0Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.cloudwatch",
          errorTypeRegistries,
          xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
          version: "2010-08-01",
          serviceTarget: "GraniteServiceVersion20100801",
          awsQueryCompatible: true
        },
        serviceId: config?.serviceId ?? "CloudWatch",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
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
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        disableRequestCompression: config?.disableRequestCompression ?? loadConfig(NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, config),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        requestMinCompressionSizeBytes: config?.requestMinCompressionSizeBytes ?? loadConfig(NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, config),
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
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var CloudWatchClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveCompressionConfig(_config_7);
        const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultCloudWatchHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "GraniteServiceVersion20100801", "CloudWatchClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var _mw1 = (Command, cs, config, o) => [
      getCompressionPlugin(config, {
        encodings: ["gzip"]
      })
    ];
    var AssociateDatasetKmsKeyCommand = class extends command(_ep0, _mw0, "AssociateDatasetKmsKey", AssociateDatasetKmsKey$) {
    };
    var DeleteAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "DeleteAlarmMuteRule", DeleteAlarmMuteRule$) {
    };
    var DeleteAlarmsCommand = class extends command(_ep0, _mw0, "DeleteAlarms", DeleteAlarms$) {
    };
    var DeleteAnomalyDetectorCommand = class extends command(_ep0, _mw0, "DeleteAnomalyDetector", DeleteAnomalyDetector$) {
    };
    var DeleteDashboardsCommand = class extends command(_ep0, _mw0, "DeleteDashboards", DeleteDashboards$) {
    };
    var DeleteInsightRulesCommand = class extends command(_ep0, _mw0, "DeleteInsightRules", DeleteInsightRules$) {
    };
    var DeleteMetricStreamCommand = class extends command(_ep0, _mw0, "DeleteMetricStream", DeleteMetricStream$) {
    };
    var DescribeAlarmContributorsCommand = class extends command(_ep0, _mw0, "DescribeAlarmContributors", DescribeAlarmContributors$) {
    };
    var DescribeAlarmHistoryCommand = class extends command(_ep0, _mw0, "DescribeAlarmHistory", DescribeAlarmHistory$) {
    };
    var DescribeAlarmsCommand = class extends command(_ep0, _mw0, "DescribeAlarms", DescribeAlarms$) {
    };
    var DescribeAlarmsForMetricCommand = class extends command(_ep0, _mw0, "DescribeAlarmsForMetric", DescribeAlarmsForMetric$) {
    };
    var DescribeAnomalyDetectorsCommand = class extends command(_ep0, _mw0, "DescribeAnomalyDetectors", DescribeAnomalyDetectors$) {
    };
    var DescribeInsightRulesCommand = class extends command(_ep0, _mw0, "DescribeInsightRules", DescribeInsightRules$) {
    };
    var DisableAlarmActionsCommand = class extends command(_ep0, _mw0, "DisableAlarmActions", DisableAlarmActions$) {
    };
    var DisableInsightRulesCommand = class extends command(_ep0, _mw0, "DisableInsightRules", DisableInsightRules$) {
    };
    var DisassociateDatasetKmsKeyCommand = class extends command(_ep0, _mw0, "DisassociateDatasetKmsKey", DisassociateDatasetKmsKey$) {
    };
    var EnableAlarmActionsCommand = class extends command(_ep0, _mw0, "EnableAlarmActions", EnableAlarmActions$) {
    };
    var EnableInsightRulesCommand = class extends command(_ep0, _mw0, "EnableInsightRules", EnableInsightRules$) {
    };
    var GetAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "GetAlarmMuteRule", GetAlarmMuteRule$) {
    };
    var GetDashboardCommand = class extends command(_ep0, _mw0, "GetDashboard", GetDashboard$) {
    };
    var GetDatasetCommand = class extends command(_ep0, _mw0, "GetDataset", GetDataset$) {
    };
    var GetInsightRuleReportCommand = class extends command(_ep0, _mw0, "GetInsightRuleReport", GetInsightRuleReport$) {
    };
    var GetMetricDataCommand = class extends command(_ep0, _mw0, "GetMetricData", GetMetricData$) {
    };
    var GetMetricStatisticsCommand = class extends command(_ep0, _mw0, "GetMetricStatistics", GetMetricStatistics$) {
    };
    var GetMetricStreamCommand = class extends command(_ep0, _mw0, "GetMetricStream", GetMetricStream$) {
    };
    var GetMetricWidgetImageCommand = class extends command(_ep0, _mw0, "GetMetricWidgetImage", GetMetricWidgetImage$) {
    };
    var GetOTelEnrichmentCommand = class extends command(_ep0, _mw0, "GetOTelEnrichment", GetOTelEnrichment$) {
    };
    var ListAlarmMuteRulesCommand = class extends command(_ep0, _mw0, "ListAlarmMuteRules", ListAlarmMuteRules$) {
    };
    var ListDashboardsCommand = class extends command(_ep0, _mw0, "ListDashboards", ListDashboards$) {
    };
    var ListManagedInsightRulesCommand = class extends command(_ep0, _mw0, "ListManagedInsightRules", ListManagedInsightRules$) {
    };
    var ListMetricsCommand = class extends command(_ep0, _mw0, "ListMetrics", ListMetrics$) {
    };
    var ListMetricStreamsCommand = class extends command(_ep0, _mw0, "ListMetricStreams", ListMetricStreams$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var PutAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "PutAlarmMuteRule", PutAlarmMuteRule$) {
    };
    var PutAnomalyDetectorCommand = class extends command(_ep0, _mw0, "PutAnomalyDetector", PutAnomalyDetector$) {
    };
    var PutCompositeAlarmCommand = class extends command(_ep0, _mw0, "PutCompositeAlarm", PutCompositeAlarm$) {
    };
    var PutDashboardCommand = class extends command(_ep0, _mw0, "PutDashboard", PutDashboard$) {
    };
    var PutInsightRuleCommand = class extends command(_ep0, _mw0, "PutInsightRule", PutInsightRule$) {
    };
    var PutLogAlarmCommand = class extends command(_ep0, _mw0, "PutLogAlarm", PutLogAlarm$) {
    };
    var PutManagedInsightRulesCommand = class extends command(_ep0, _mw0, "PutManagedInsightRules", PutManagedInsightRules$) {
    };
    var PutMetricAlarmCommand = class extends command(_ep0, _mw0, "PutMetricAlarm", PutMetricAlarm$) {
    };
    var PutMetricDataCommand = class extends command(_ep0, _mw1, "PutMetricData", PutMetricData$) {
    };
    var PutMetricStreamCommand = class extends command(_ep0, _mw0, "PutMetricStream", PutMetricStream$) {
    };
    var SetAlarmStateCommand = class extends command(_ep0, _mw0, "SetAlarmState", SetAlarmState$) {
    };
    var StartMetricStreamsCommand = class extends command(_ep0, _mw0, "StartMetricStreams", StartMetricStreams$) {
    };
    var StartOTelEnrichmentCommand = class extends command(_ep0, _mw0, "StartOTelEnrichment", StartOTelEnrichment$) {
    };
    var StopMetricStreamsCommand = class extends command(_ep0, _mw0, "StopMetricStreams", StopMetricStreams$) {
    };
    var StopOTelEnrichmentCommand = class extends command(_ep0, _mw0, "StopOTelEnrichment", StopOTelEnrichment$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var paginateDescribeAlarmHistory = createPaginator(CloudWatchClient, DescribeAlarmHistoryCommand, "NextToken", "NextToken", "MaxRecords");
    var paginateDescribeAlarms = createPaginator(CloudWatchClient, DescribeAlarmsCommand, "NextToken", "NextToken", "MaxRecords");
    var paginateDescribeAnomalyDetectors = createPaginator(CloudWatchClient, DescribeAnomalyDetectorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeInsightRules = createPaginator(CloudWatchClient, DescribeInsightRulesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetMetricData = createPaginator(CloudWatchClient, GetMetricDataCommand, "NextToken", "NextToken", "MaxDatapoints");
    var paginateListAlarmMuteRules = createPaginator(CloudWatchClient, ListAlarmMuteRulesCommand, "NextToken", "NextToken", "MaxRecords");
    var paginateListDashboards = createPaginator(CloudWatchClient, ListDashboardsCommand, "NextToken", "NextToken", "");
    var paginateListManagedInsightRules = createPaginator(CloudWatchClient, ListManagedInsightRulesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListMetrics = createPaginator(CloudWatchClient, ListMetricsCommand, "NextToken", "NextToken", "");
    var paginateListMetricStreams = createPaginator(CloudWatchClient, ListMetricStreamsCommand, "NextToken", "NextToken", "MaxResults");
    var checkState$3 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.MetricAlarms);
            return flat_1.length > 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForAlarmExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    };
    var waitUntilAlarmExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
      return checkExceptions(result);
    };
    var checkState$2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetAlarmMuteRuleCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
      } catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForAlarmMuteRuleExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    };
    var waitUntilAlarmMuteRuleExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
      return checkExceptions(result);
    };
    var checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.CompositeAlarms);
            return flat_1.length > 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForCompositeAlarmExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    };
    var waitUntilCompositeAlarmExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
      return checkExceptions(result);
    };
    var checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.LogAlarms);
            return flat_1.length > 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForLogAlarmExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilLogAlarmExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
    var commands = {
      AssociateDatasetKmsKeyCommand,
      DeleteAlarmMuteRuleCommand,
      DeleteAlarmsCommand,
      DeleteAnomalyDetectorCommand,
      DeleteDashboardsCommand,
      DeleteInsightRulesCommand,
      DeleteMetricStreamCommand,
      DescribeAlarmContributorsCommand,
      DescribeAlarmHistoryCommand,
      DescribeAlarmsCommand,
      DescribeAlarmsForMetricCommand,
      DescribeAnomalyDetectorsCommand,
      DescribeInsightRulesCommand,
      DisableAlarmActionsCommand,
      DisableInsightRulesCommand,
      DisassociateDatasetKmsKeyCommand,
      EnableAlarmActionsCommand,
      EnableInsightRulesCommand,
      GetAlarmMuteRuleCommand,
      GetDashboardCommand,
      GetDatasetCommand,
      GetInsightRuleReportCommand,
      GetMetricDataCommand,
      GetMetricStatisticsCommand,
      GetMetricStreamCommand,
      GetMetricWidgetImageCommand,
      GetOTelEnrichmentCommand,
      ListAlarmMuteRulesCommand,
      ListDashboardsCommand,
      ListManagedInsightRulesCommand,
      ListMetricsCommand,
      ListMetricStreamsCommand,
      ListTagsForResourceCommand,
      PutAlarmMuteRuleCommand,
      PutAnomalyDetectorCommand,
      PutCompositeAlarmCommand,
      PutDashboardCommand,
      PutInsightRuleCommand,
      PutLogAlarmCommand,
      PutManagedInsightRulesCommand,
      PutMetricAlarmCommand,
      PutMetricDataCommand,
      PutMetricStreamCommand,
      SetAlarmStateCommand,
      StartMetricStreamsCommand,
      StartOTelEnrichmentCommand,
      StopMetricStreamsCommand,
      StopOTelEnrichmentCommand,
      TagResourceCommand,
      UntagResourceCommand
    };
    var paginators = {
      paginateDescribeAlarmHistory,
      paginateDescribeAlarms,
      paginateDescribeAnomalyDetectors,
      paginateDescribeInsightRules,
      paginateGetMetricData,
      paginateListAlarmMuteRules,
      paginateListDashboards,
      paginateListManagedInsightRules,
      paginateListMetrics,
      paginateListMetricStreams
    };
    var waiters = {
      waitUntilAlarmExists,
      waitUntilCompositeAlarmExists,
      waitUntilLogAlarmExists,
      waitUntilAlarmMuteRuleExists
    };
    var CloudWatch = class extends CloudWatchClient {
    };
    createAggregatedClient(commands, CloudWatch, { paginators, waiters });
    var ActionsSuppressedBy = {
      Alarm: "Alarm",
      ExtensionPeriod: "ExtensionPeriod",
      WaitPeriod: "WaitPeriod"
    };
    var AlarmType = {
      CompositeAlarm: "CompositeAlarm",
      LogAlarm: "LogAlarm",
      MetricAlarm: "MetricAlarm"
    };
    var HistoryItemType = {
      Action: "Action",
      AlarmContributorAction: "AlarmContributorAction",
      AlarmContributorStateUpdate: "AlarmContributorStateUpdate",
      ConfigurationUpdate: "ConfigurationUpdate",
      StateUpdate: "StateUpdate"
    };
    var AlarmMuteRuleStatus = {
      ACTIVE: "ACTIVE",
      EXPIRED: "EXPIRED",
      SCHEDULED: "SCHEDULED"
    };
    var StandardUnit = {
      Bits: "Bits",
      Bits_Second: "Bits/Second",
      Bytes: "Bytes",
      Bytes_Second: "Bytes/Second",
      Count: "Count",
      Count_Second: "Count/Second",
      Gigabits: "Gigabits",
      Gigabits_Second: "Gigabits/Second",
      Gigabytes: "Gigabytes",
      Gigabytes_Second: "Gigabytes/Second",
      Kilobits: "Kilobits",
      Kilobits_Second: "Kilobits/Second",
      Kilobytes: "Kilobytes",
      Kilobytes_Second: "Kilobytes/Second",
      Megabits: "Megabits",
      Megabits_Second: "Megabits/Second",
      Megabytes: "Megabytes",
      Megabytes_Second: "Megabytes/Second",
      Microseconds: "Microseconds",
      Milliseconds: "Milliseconds",
      None: "None",
      Percent: "Percent",
      Seconds: "Seconds",
      Terabits: "Terabits",
      Terabits_Second: "Terabits/Second",
      Terabytes: "Terabytes",
      Terabytes_Second: "Terabytes/Second"
    };
    var AnomalyDetectorStateValue = {
      PENDING_TRAINING: "PENDING_TRAINING",
      TRAINED: "TRAINED",
      TRAINED_INSUFFICIENT_DATA: "TRAINED_INSUFFICIENT_DATA"
    };
    var AnomalyDetectorType = {
      METRIC_MATH: "METRIC_MATH",
      SINGLE_METRIC: "SINGLE_METRIC"
    };
    var ComparisonOperator = {
      GreaterThanOrEqualToThreshold: "GreaterThanOrEqualToThreshold",
      GreaterThanThreshold: "GreaterThanThreshold",
      GreaterThanUpperThreshold: "GreaterThanUpperThreshold",
      LessThanLowerOrGreaterThanUpperThreshold: "LessThanLowerOrGreaterThanUpperThreshold",
      LessThanLowerThreshold: "LessThanLowerThreshold",
      LessThanOrEqualToThreshold: "LessThanOrEqualToThreshold",
      LessThanThreshold: "LessThanThreshold"
    };
    var StateValue = {
      ALARM: "ALARM",
      INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
      OK: "OK"
    };
    var ScanBy = {
      TIMESTAMP_ASCENDING: "TimestampAscending",
      TIMESTAMP_DESCENDING: "TimestampDescending"
    };
    var EvaluationState = {
      EVALUATION_ERROR: "EVALUATION_ERROR",
      EVALUATION_FAILURE: "EVALUATION_FAILURE",
      PARTIAL_DATA: "PARTIAL_DATA"
    };
    var Statistic = {
      Average: "Average",
      Maximum: "Maximum",
      Minimum: "Minimum",
      SampleCount: "SampleCount",
      Sum: "Sum"
    };
    var StatusCode = {
      COMPLETE: "Complete",
      FORBIDDEN: "Forbidden",
      INTERNAL_ERROR: "InternalError",
      PARTIAL_DATA: "PartialData"
    };
    var MetricStreamOutputFormat = {
      JSON: "json",
      OPEN_TELEMETRY_0_7: "opentelemetry0.7",
      OPEN_TELEMETRY_1_0: "opentelemetry1.0"
    };
    var OTelEnrichmentStatus = {
      RUNNING: "Running",
      STOPPED: "Stopped"
    };
    var RecentlyActive = {
      PT3H: "PT3H"
    };
    exports.ActionsSuppressedBy = ActionsSuppressedBy;
    exports.AlarmContributor$ = AlarmContributor$;
    exports.AlarmHistoryItem$ = AlarmHistoryItem$;
    exports.AlarmMuteRuleStatus = AlarmMuteRuleStatus;
    exports.AlarmMuteRuleSummary$ = AlarmMuteRuleSummary$;
    exports.AlarmPromQLCriteria$ = AlarmPromQLCriteria$;
    exports.AlarmType = AlarmType;
    exports.AnomalyDetector$ = AnomalyDetector$;
    exports.AnomalyDetectorConfiguration$ = AnomalyDetectorConfiguration$;
    exports.AnomalyDetectorStateValue = AnomalyDetectorStateValue;
    exports.AnomalyDetectorType = AnomalyDetectorType;
    exports.AssociateDatasetKmsKey$ = AssociateDatasetKmsKey$;
    exports.AssociateDatasetKmsKeyCommand = AssociateDatasetKmsKeyCommand;
    exports.AssociateDatasetKmsKeyInput$ = AssociateDatasetKmsKeyInput$;
    exports.AssociateDatasetKmsKeyOutput$ = AssociateDatasetKmsKeyOutput$;
    exports.CloudWatch = CloudWatch;
    exports.CloudWatchClient = CloudWatchClient;
    exports.CloudWatchServiceException = CloudWatchServiceException;
    exports.CloudWatchServiceException$ = CloudWatchServiceException$;
    exports.ComparisonOperator = ComparisonOperator;
    exports.CompositeAlarm$ = CompositeAlarm$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.DashboardEntry$ = DashboardEntry$;
    exports.DashboardInvalidInputError = DashboardInvalidInputError;
    exports.DashboardInvalidInputError$ = DashboardInvalidInputError$;
    exports.DashboardNotFoundError = DashboardNotFoundError;
    exports.DashboardNotFoundError$ = DashboardNotFoundError$;
    exports.DashboardValidationMessage$ = DashboardValidationMessage$;
    exports.Datapoint$ = Datapoint$;
    exports.DeleteAlarmMuteRule$ = DeleteAlarmMuteRule$;
    exports.DeleteAlarmMuteRuleCommand = DeleteAlarmMuteRuleCommand;
    exports.DeleteAlarmMuteRuleInput$ = DeleteAlarmMuteRuleInput$;
    exports.DeleteAlarms$ = DeleteAlarms$;
    exports.DeleteAlarmsCommand = DeleteAlarmsCommand;
    exports.DeleteAlarmsInput$ = DeleteAlarmsInput$;
    exports.DeleteAnomalyDetector$ = DeleteAnomalyDetector$;
    exports.DeleteAnomalyDetectorCommand = DeleteAnomalyDetectorCommand;
    exports.DeleteAnomalyDetectorInput$ = DeleteAnomalyDetectorInput$;
    exports.DeleteAnomalyDetectorOutput$ = DeleteAnomalyDetectorOutput$;
    exports.DeleteDashboards$ = DeleteDashboards$;
    exports.DeleteDashboardsCommand = DeleteDashboardsCommand;
    exports.DeleteDashboardsInput$ = DeleteDashboardsInput$;
    exports.DeleteDashboardsOutput$ = DeleteDashboardsOutput$;
    exports.DeleteInsightRules$ = DeleteInsightRules$;
    exports.DeleteInsightRulesCommand = DeleteInsightRulesCommand;
    exports.DeleteInsightRulesInput$ = DeleteInsightRulesInput$;
    exports.DeleteInsightRulesOutput$ = DeleteInsightRulesOutput$;
    exports.DeleteMetricStream$ = DeleteMetricStream$;
    exports.DeleteMetricStreamCommand = DeleteMetricStreamCommand;
    exports.DeleteMetricStreamInput$ = DeleteMetricStreamInput$;
    exports.DeleteMetricStreamOutput$ = DeleteMetricStreamOutput$;
    exports.DescribeAlarmContributors$ = DescribeAlarmContributors$;
    exports.DescribeAlarmContributorsCommand = DescribeAlarmContributorsCommand;
    exports.DescribeAlarmContributorsInput$ = DescribeAlarmContributorsInput$;
    exports.DescribeAlarmContributorsOutput$ = DescribeAlarmContributorsOutput$;
    exports.DescribeAlarmHistory$ = DescribeAlarmHistory$;
    exports.DescribeAlarmHistoryCommand = DescribeAlarmHistoryCommand;
    exports.DescribeAlarmHistoryInput$ = DescribeAlarmHistoryInput$;
    exports.DescribeAlarmHistoryOutput$ = DescribeAlarmHistoryOutput$;
    exports.DescribeAlarms$ = DescribeAlarms$;
    exports.DescribeAlarmsCommand = DescribeAlarmsCommand;
    exports.DescribeAlarmsForMetric$ = DescribeAlarmsForMetric$;
    exports.DescribeAlarmsForMetricCommand = DescribeAlarmsForMetricCommand;
    exports.DescribeAlarmsForMetricInput$ = DescribeAlarmsForMetricInput$;
    exports.DescribeAlarmsForMetricOutput$ = DescribeAlarmsForMetricOutput$;
    exports.DescribeAlarmsInput$ = DescribeAlarmsInput$;
    exports.DescribeAlarmsOutput$ = DescribeAlarmsOutput$;
    exports.DescribeAnomalyDetectors$ = DescribeAnomalyDetectors$;
    exports.DescribeAnomalyDetectorsCommand = DescribeAnomalyDetectorsCommand;
    exports.DescribeAnomalyDetectorsInput$ = DescribeAnomalyDetectorsInput$;
    exports.DescribeAnomalyDetectorsOutput$ = DescribeAnomalyDetectorsOutput$;
    exports.DescribeInsightRules$ = DescribeInsightRules$;
    exports.DescribeInsightRulesCommand = DescribeInsightRulesCommand;
    exports.DescribeInsightRulesInput$ = DescribeInsightRulesInput$;
    exports.DescribeInsightRulesOutput$ = DescribeInsightRulesOutput$;
    exports.Dimension$ = Dimension$;
    exports.DimensionFilter$ = DimensionFilter$;
    exports.DisableAlarmActions$ = DisableAlarmActions$;
    exports.DisableAlarmActionsCommand = DisableAlarmActionsCommand;
    exports.DisableAlarmActionsInput$ = DisableAlarmActionsInput$;
    exports.DisableInsightRules$ = DisableInsightRules$;
    exports.DisableInsightRulesCommand = DisableInsightRulesCommand;
    exports.DisableInsightRulesInput$ = DisableInsightRulesInput$;
    exports.DisableInsightRulesOutput$ = DisableInsightRulesOutput$;
    exports.DisassociateDatasetKmsKey$ = DisassociateDatasetKmsKey$;
    exports.DisassociateDatasetKmsKeyCommand = DisassociateDatasetKmsKeyCommand;
    exports.DisassociateDatasetKmsKeyInput$ = DisassociateDatasetKmsKeyInput$;
    exports.DisassociateDatasetKmsKeyOutput$ = DisassociateDatasetKmsKeyOutput$;
    exports.EnableAlarmActions$ = EnableAlarmActions$;
    exports.EnableAlarmActionsCommand = EnableAlarmActionsCommand;
    exports.EnableAlarmActionsInput$ = EnableAlarmActionsInput$;
    exports.EnableInsightRules$ = EnableInsightRules$;
    exports.EnableInsightRulesCommand = EnableInsightRulesCommand;
    exports.EnableInsightRulesInput$ = EnableInsightRulesInput$;
    exports.EnableInsightRulesOutput$ = EnableInsightRulesOutput$;
    exports.Entity$ = Entity$;
    exports.EntityMetricData$ = EntityMetricData$;
    exports.EvaluationCriteria$ = EvaluationCriteria$;
    exports.EvaluationState = EvaluationState;
    exports.EvaluationWindow$ = EvaluationWindow$;
    exports.GetAlarmMuteRule$ = GetAlarmMuteRule$;
    exports.GetAlarmMuteRuleCommand = GetAlarmMuteRuleCommand;
    exports.GetAlarmMuteRuleInput$ = GetAlarmMuteRuleInput$;
    exports.GetAlarmMuteRuleOutput$ = GetAlarmMuteRuleOutput$;
    exports.GetDashboard$ = GetDashboard$;
    exports.GetDashboardCommand = GetDashboardCommand;
    exports.GetDashboardInput$ = GetDashboardInput$;
    exports.GetDashboardOutput$ = GetDashboardOutput$;
    exports.GetDataset$ = GetDataset$;
    exports.GetDatasetCommand = GetDatasetCommand;
    exports.GetDatasetInput$ = GetDatasetInput$;
    exports.GetDatasetOutput$ = GetDatasetOutput$;
    exports.GetInsightRuleReport$ = GetInsightRuleReport$;
    exports.GetInsightRuleReportCommand = GetInsightRuleReportCommand;
    exports.GetInsightRuleReportInput$ = GetInsightRuleReportInput$;
    exports.GetInsightRuleReportOutput$ = GetInsightRuleReportOutput$;
    exports.GetMetricData$ = GetMetricData$;
    exports.GetMetricDataCommand = GetMetricDataCommand;
    exports.GetMetricDataInput$ = GetMetricDataInput$;
    exports.GetMetricDataOutput$ = GetMetricDataOutput$;
    exports.GetMetricStatistics$ = GetMetricStatistics$;
    exports.GetMetricStatisticsCommand = GetMetricStatisticsCommand;
    exports.GetMetricStatisticsInput$ = GetMetricStatisticsInput$;
    exports.GetMetricStatisticsOutput$ = GetMetricStatisticsOutput$;
    exports.GetMetricStream$ = GetMetricStream$;
    exports.GetMetricStreamCommand = GetMetricStreamCommand;
    exports.GetMetricStreamInput$ = GetMetricStreamInput$;
    exports.GetMetricStreamOutput$ = GetMetricStreamOutput$;
    exports.GetMetricWidgetImage$ = GetMetricWidgetImage$;
    exports.GetMetricWidgetImageCommand = GetMetricWidgetImageCommand;
    exports.GetMetricWidgetImageInput$ = GetMetricWidgetImageInput$;
    exports.GetMetricWidgetImageOutput$ = GetMetricWidgetImageOutput$;
    exports.GetOTelEnrichment$ = GetOTelEnrichment$;
    exports.GetOTelEnrichmentCommand = GetOTelEnrichmentCommand;
    exports.GetOTelEnrichmentInput$ = GetOTelEnrichmentInput$;
    exports.GetOTelEnrichmentOutput$ = GetOTelEnrichmentOutput$;
    exports.HistoryItemType = HistoryItemType;
    exports.InsightRule$ = InsightRule$;
    exports.InsightRuleContributor$ = InsightRuleContributor$;
    exports.InsightRuleContributorDatapoint$ = InsightRuleContributorDatapoint$;
    exports.InsightRuleMetricDatapoint$ = InsightRuleMetricDatapoint$;
    exports.InternalServiceFault = InternalServiceFault;
    exports.InternalServiceFault$ = InternalServiceFault$;
    exports.InvalidFormatFault = InvalidFormatFault;
    exports.InvalidFormatFault$ = InvalidFormatFault$;
    exports.InvalidNextToken = InvalidNextToken;
    exports.InvalidNextToken$ = InvalidNextToken$;
    exports.InvalidParameterCombinationException = InvalidParameterCombinationException;
    exports.InvalidParameterCombinationException$ = InvalidParameterCombinationException$;
    exports.InvalidParameterValueException = InvalidParameterValueException;
    exports.InvalidParameterValueException$ = InvalidParameterValueException$;
    exports.KmsAccessDeniedException = KmsAccessDeniedException;
    exports.KmsAccessDeniedException$ = KmsAccessDeniedException$;
    exports.KmsKeyDisabledException = KmsKeyDisabledException;
    exports.KmsKeyDisabledException$ = KmsKeyDisabledException$;
    exports.KmsKeyNotFoundException = KmsKeyNotFoundException;
    exports.KmsKeyNotFoundException$ = KmsKeyNotFoundException$;
    exports.LabelOptions$ = LabelOptions$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.LimitExceededFault = LimitExceededFault;
    exports.LimitExceededFault$ = LimitExceededFault$;
    exports.ListAlarmMuteRules$ = ListAlarmMuteRules$;
    exports.ListAlarmMuteRulesCommand = ListAlarmMuteRulesCommand;
    exports.ListAlarmMuteRulesInput$ = ListAlarmMuteRulesInput$;
    exports.ListAlarmMuteRulesOutput$ = ListAlarmMuteRulesOutput$;
    exports.ListDashboards$ = ListDashboards$;
    exports.ListDashboardsCommand = ListDashboardsCommand;
    exports.ListDashboardsInput$ = ListDashboardsInput$;
    exports.ListDashboardsOutput$ = ListDashboardsOutput$;
    exports.ListManagedInsightRules$ = ListManagedInsightRules$;
    exports.ListManagedInsightRulesCommand = ListManagedInsightRulesCommand;
    exports.ListManagedInsightRulesInput$ = ListManagedInsightRulesInput$;
    exports.ListManagedInsightRulesOutput$ = ListManagedInsightRulesOutput$;
    exports.ListMetricStreams$ = ListMetricStreams$;
    exports.ListMetricStreamsCommand = ListMetricStreamsCommand;
    exports.ListMetricStreamsInput$ = ListMetricStreamsInput$;
    exports.ListMetricStreamsOutput$ = ListMetricStreamsOutput$;
    exports.ListMetrics$ = ListMetrics$;
    exports.ListMetricsCommand = ListMetricsCommand;
    exports.ListMetricsInput$ = ListMetricsInput$;
    exports.ListMetricsOutput$ = ListMetricsOutput$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceInput$ = ListTagsForResourceInput$;
    exports.ListTagsForResourceOutput$ = ListTagsForResourceOutput$;
    exports.LogAlarm$ = LogAlarm$;
    exports.ManagedRule$ = ManagedRule$;
    exports.ManagedRuleDescription$ = ManagedRuleDescription$;
    exports.ManagedRuleState$ = ManagedRuleState$;
    exports.MessageData$ = MessageData$;
    exports.Metric$ = Metric$;
    exports.MetricAlarm$ = MetricAlarm$;
    exports.MetricCharacteristics$ = MetricCharacteristics$;
    exports.MetricDataQuery$ = MetricDataQuery$;
    exports.MetricDataResult$ = MetricDataResult$;
    exports.MetricDatum$ = MetricDatum$;
    exports.MetricMathAnomalyDetector$ = MetricMathAnomalyDetector$;
    exports.MetricStat$ = MetricStat$;
    exports.MetricStreamEntry$ = MetricStreamEntry$;
    exports.MetricStreamFilter$ = MetricStreamFilter$;
    exports.MetricStreamOutputFormat = MetricStreamOutputFormat;
    exports.MetricStreamStatisticsConfiguration$ = MetricStreamStatisticsConfiguration$;
    exports.MetricStreamStatisticsMetric$ = MetricStreamStatisticsMetric$;
    exports.MissingRequiredParameterException = MissingRequiredParameterException;
    exports.MissingRequiredParameterException$ = MissingRequiredParameterException$;
    exports.MuteTargets$ = MuteTargets$;
    exports.OTelEnrichmentStatus = OTelEnrichmentStatus;
    exports.PartialFailure$ = PartialFailure$;
    exports.PutAlarmMuteRule$ = PutAlarmMuteRule$;
    exports.PutAlarmMuteRuleCommand = PutAlarmMuteRuleCommand;
    exports.PutAlarmMuteRuleInput$ = PutAlarmMuteRuleInput$;
    exports.PutAnomalyDetector$ = PutAnomalyDetector$;
    exports.PutAnomalyDetectorCommand = PutAnomalyDetectorCommand;
    exports.PutAnomalyDetectorInput$ = PutAnomalyDetectorInput$;
    exports.PutAnomalyDetectorOutput$ = PutAnomalyDetectorOutput$;
    exports.PutCompositeAlarm$ = PutCompositeAlarm$;
    exports.PutCompositeAlarmCommand = PutCompositeAlarmCommand;
    exports.PutCompositeAlarmInput$ = PutCompositeAlarmInput$;
    exports.PutDashboard$ = PutDashboard$;
    exports.PutDashboardCommand = PutDashboardCommand;
    exports.PutDashboardInput$ = PutDashboardInput$;
    exports.PutDashboardOutput$ = PutDashboardOutput$;
    exports.PutInsightRule$ = PutInsightRule$;
    exports.PutInsightRuleCommand = PutInsightRuleCommand;
    exports.PutInsightRuleInput$ = PutInsightRuleInput$;
    exports.PutInsightRuleOutput$ = PutInsightRuleOutput$;
    exports.PutLogAlarm$ = PutLogAlarm$;
    exports.PutLogAlarmCommand = PutLogAlarmCommand;
    exports.PutLogAlarmInput$ = PutLogAlarmInput$;
    exports.PutManagedInsightRules$ = PutManagedInsightRules$;
    exports.PutManagedInsightRulesCommand = PutManagedInsightRulesCommand;
    exports.PutManagedInsightRulesInput$ = PutManagedInsightRulesInput$;
    exports.PutManagedInsightRulesOutput$ = PutManagedInsightRulesOutput$;
    exports.PutMetricAlarm$ = PutMetricAlarm$;
    exports.PutMetricAlarmCommand = PutMetricAlarmCommand;
    exports.PutMetricAlarmInput$ = PutMetricAlarmInput$;
    exports.PutMetricData$ = PutMetricData$;
    exports.PutMetricDataCommand = PutMetricDataCommand;
    exports.PutMetricDataInput$ = PutMetricDataInput$;
    exports.PutMetricStream$ = PutMetricStream$;
    exports.PutMetricStreamCommand = PutMetricStreamCommand;
    exports.PutMetricStreamInput$ = PutMetricStreamInput$;
    exports.PutMetricStreamOutput$ = PutMetricStreamOutput$;
    exports.Range$ = Range$;
    exports.RecentlyActive = RecentlyActive;
    exports.ResourceConflict = ResourceConflict;
    exports.ResourceConflict$ = ResourceConflict$;
    exports.ResourceNotFound = ResourceNotFound;
    exports.ResourceNotFound$ = ResourceNotFound$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.Rule$ = Rule$;
    exports.ScanBy = ScanBy;
    exports.Schedule$ = Schedule$;
    exports.ScheduleConfiguration$ = ScheduleConfiguration$;
    exports.ScheduledQueryConfiguration$ = ScheduledQueryConfiguration$;
    exports.SetAlarmState$ = SetAlarmState$;
    exports.SetAlarmStateCommand = SetAlarmStateCommand;
    exports.SetAlarmStateInput$ = SetAlarmStateInput$;
    exports.SingleMetricAnomalyDetector$ = SingleMetricAnomalyDetector$;
    exports.SlidingWindow$ = SlidingWindow$;
    exports.StandardUnit = StandardUnit;
    exports.StartMetricStreams$ = StartMetricStreams$;
    exports.StartMetricStreamsCommand = StartMetricStreamsCommand;
    exports.StartMetricStreamsInput$ = StartMetricStreamsInput$;
    exports.StartMetricStreamsOutput$ = StartMetricStreamsOutput$;
    exports.StartOTelEnrichment$ = StartOTelEnrichment$;
    exports.StartOTelEnrichmentCommand = StartOTelEnrichmentCommand;
    exports.StartOTelEnrichmentInput$ = StartOTelEnrichmentInput$;
    exports.StartOTelEnrichmentOutput$ = StartOTelEnrichmentOutput$;
    exports.StateValue = StateValue;
    exports.Statistic = Statistic;
    exports.StatisticSet$ = StatisticSet$;
    exports.StatusCode = StatusCode;
    exports.StopMetricStreams$ = StopMetricStreams$;
    exports.StopMetricStreamsCommand = StopMetricStreamsCommand;
    exports.StopMetricStreamsInput$ = StopMetricStreamsInput$;
    exports.StopMetricStreamsOutput$ = StopMetricStreamsOutput$;
    exports.StopOTelEnrichment$ = StopOTelEnrichment$;
    exports.StopOTelEnrichmentCommand = StopOTelEnrichmentCommand;
    exports.StopOTelEnrichmentInput$ = StopOTelEnrichmentInput$;
    exports.StopOTelEnrichmentOutput$ = StopOTelEnrichmentOutput$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceInput$ = TagResourceInput$;
    exports.TagResourceOutput$ = TagResourceOutput$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceInput$ = UntagResourceInput$;
    exports.UntagResourceOutput$ = UntagResourceOutput$;
    exports.WallClockWindow$ = WallClockWindow$;
    exports.WarmUpConfiguration$ = WarmUpConfiguration$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeAlarmHistory = paginateDescribeAlarmHistory;
    exports.paginateDescribeAlarms = paginateDescribeAlarms;
    exports.paginateDescribeAnomalyDetectors = paginateDescribeAnomalyDetectors;
    exports.paginateDescribeInsightRules = paginateDescribeInsightRules;
    exports.paginateGetMetricData = paginateGetMetricData;
    exports.paginateListAlarmMuteRules = paginateListAlarmMuteRules;
    exports.paginateListDashboards = paginateListDashboards;
    exports.paginateListManagedInsightRules = paginateListManagedInsightRules;
    exports.paginateListMetricStreams = paginateListMetricStreams;
    exports.paginateListMetrics = paginateListMetrics;
    exports.waitForAlarmExists = waitForAlarmExists;
    exports.waitForAlarmMuteRuleExists = waitForAlarmMuteRuleExists;
    exports.waitForCompositeAlarmExists = waitForCompositeAlarmExists;
    exports.waitForLogAlarmExists = waitForLogAlarmExists;
    exports.waitUntilAlarmExists = waitUntilAlarmExists;
    exports.waitUntilAlarmMuteRuleExists = waitUntilAlarmMuteRuleExists;
    exports.waitUntilCompositeAlarmExists = waitUntilCompositeAlarmExists;
    exports.waitUntilLogAlarmExists = waitUntilLogAlarmExists;
  }
});
export default require_dist_cjs4();
