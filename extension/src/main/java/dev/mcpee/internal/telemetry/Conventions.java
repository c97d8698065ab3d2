package dev.mcpee.internal.telemetry;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The names mcp-ee reports under: the OpenTelemetry semantic conventions for MCP (semantic-conventions v1.41,
 * {@code docs/gen-ai/mcp.md}, since moved to the GenAI conventions; all of them at stability "development"),
 * and mcp-ee's own instruments named in the same style where the conventions have none. Strings here rather
 * than the semconv jar, which the container may not have and which renames development attributes between
 * releases.
 */
final class Conventions {

    static final AttributeKey<String> METHOD = AttributeKey.stringKey("mcp.method.name");
    static final AttributeKey<String> SESSION = AttributeKey.stringKey("mcp.session.id");
    static final AttributeKey<String> PROTOCOL_VERSION = AttributeKey.stringKey("mcp.protocol.version");
    static final AttributeKey<String> RESOURCE_URI = AttributeKey.stringKey("mcp.resource.uri");
    static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("jsonrpc.request.id");
    static final AttributeKey<String> STATUS_CODE = AttributeKey.stringKey("rpc.response.status_code");
    static final AttributeKey<String> TOOL = AttributeKey.stringKey("gen_ai.tool.name");
    static final AttributeKey<String> PROMPT = AttributeKey.stringKey("gen_ai.prompt.name");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> ARGUMENTS = AttributeKey.stringKey("gen_ai.tool.call.arguments");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> TRANSPORT = AttributeKey.stringKey("network.transport");
    static final AttributeKey<String> PROTOCOL_NAME = AttributeKey.stringKey("network.protocol.name");
    static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");

    /** {@code gen_ai.operation.name} of a tool call. */
    static final String EXECUTE_TOOL = "execute_tool";
    /** {@code error.type} of a tool result with {@code isError: true}. */
    static final String TOOL_ERROR = "tool_error";

    /** Histogram: time from receipt to the answer, per request (conventions). */
    static final String OPERATION_DURATION = "mcp.server.operation.duration";
    /** Up-down counter: live sessions in the store (mcp-ee). */
    static final String ACTIVE_SESSIONS = "mcp.server.session.active";
    /** Up-down counter: server-to-client streams being written by this instance (mcp-ee). */
    static final String ACTIVE_STREAMS = "mcp.server.stream.active";
    /** Counter: requests refused before they ran, by {@code error.type} (mcp-ee). */
    static final String REFUSED = "mcp.server.request.refused";
    /** Counter: 2026-07-28 answers that were an {@code input_required} round (mcp-ee). */
    static final String INPUT_REQUIRED = "mcp.server.input_required";

    /** The conventions' advisory buckets for the MCP duration histograms, in seconds. */
    static final List<Double> BUCKETS = List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0,
            120.0, 300.0);

    private Conventions() {
    }
}
