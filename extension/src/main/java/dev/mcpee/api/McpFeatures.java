package dev.mcpee.api;

/**
 * Switches deployed tools, prompts and resources off and on at run time; each change sends
 * {@code notifications/tools/list_changed} (or the prompts or resources one) to every session's
 * server-to-client stream, so clients list again. A switched-off item is neither listed nor callable (it
 * answers as unknown). Inject it into any bean.
 *
 * <pre>{@code
 * @Inject McpFeatures features;
 *
 * void onMaintenance(boolean on) {
 *     if (on) features.disableTool("book_appointment"); else features.enableTool("book_appointment");
 * }
 * }</pre>
 */
public interface McpFeatures {

    /**
     * Switches a tool off.
     *
     * @param name the tool name
     * @throws IllegalArgumentException when no such tool is deployed
     */
    void disableTool(String name);

    /**
     * Switches a tool back on.
     *
     * @param name the tool name
     * @throws IllegalArgumentException when no such tool is deployed
     */
    void enableTool(String name);

    /**
     * Switches a prompt off.
     *
     * @param name the prompt name
     * @throws IllegalArgumentException when no such prompt is deployed
     */
    void disablePrompt(String name);

    /**
     * Switches a prompt back on.
     *
     * @param name the prompt name
     * @throws IllegalArgumentException when no such prompt is deployed
     */
    void enablePrompt(String name);

    /**
     * Switches a resource or resource template off.
     *
     * @param uri the URI or URI template, as in {@code @McpResource(uri)}
     * @throws IllegalArgumentException when no such resource is deployed
     */
    void disableResource(String uri);

    /**
     * Switches a resource or resource template back on.
     *
     * @param uri the URI or URI template
     * @throws IllegalArgumentException when no such resource is deployed
     */
    void enableResource(String uri);
}
