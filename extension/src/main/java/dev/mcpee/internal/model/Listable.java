package dev.mcpee.internal.model;

import dev.mcpee.internal.security.ToolSecurity;
import jakarta.json.JsonObject;

/** Something a list method ({@code tools/list}, {@code prompts/list}) shows: a tool or a prompt. */
public interface Listable {

    /**
     * The unique name.
     *
     * @return the name
     */
    String name();

    /**
     * The entry in the list, ready to send.
     *
     * @return the JSON descriptor
     */
    JsonObject descriptor();

    /**
     * Who may use it (and therefore see it).
     *
     * @return the access rule
     */
    ToolSecurity security();
}
