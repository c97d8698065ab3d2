package dev.mcpee.sample.orgadmin.applications;

import java.util.Arrays;

/**
 * The kinds of application the create tools register, each with the Asgardeo template it is created from (the
 * console shows an application by its template).
 */
public enum ApplicationType {
    /** A browser application: public client, PKCE, authorization code and refresh token. */
    SPA("6a90e4b0-fbff-42d7-bfde-1efd98f07cd7"),
    /** A server-side rendered web application: confidential client, authorization code. */
    SSR_WEB("b9c5e11e-fc78-484b-9bec-015d247561b8"),
    /** A mobile application: public client, PKCE, authorization code and refresh token. */
    MOBILE("mobile-application"),
    /** A machine-to-machine application: confidential client, client credentials. */
    M2M("m2m-application"),
    /** Created from another template, or in the console without one. */
    OTHER("");

    private final String templateId;

    ApplicationType(String templateId) {
        this.templateId = templateId;
    }

    /** @return the Asgardeo template id */
    public String templateId() {
        return templateId;
    }

    /**
     * The type of an application created from a template.
     *
     * @param templateId the application's {@code templateId}, or null
     * @return the type, {@link #OTHER} for any other template
     */
    public static ApplicationType of(String templateId) {
        return Arrays.stream(values()).filter(t -> t != OTHER && t.templateId.equals(templateId)).findFirst()
                .orElse(OTHER);
    }
}
