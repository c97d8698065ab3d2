package dev.mcpee.sample.orgadmin.management;

/**
 * One kind of Management API call, for error messages: what it does, in words, and the Management API scope
 * the server's M2M application needs for it.
 *
 * @param what     e.g. "list applications"
 * @param m2mScope e.g. {@code internal_application_mgt_view}
 */
public record Operation(String what, String m2mScope) {

    /** Reading applications, their protocols and their authorized APIs. */
    public static Operation viewApplications(String what) {
        return new Operation(what, "internal_application_mgt_view");
    }

    /** Registering applications. */
    public static Operation createApplications(String what) {
        return new Operation(what, "internal_application_mgt_create");
    }

    /** Changing applications, their protocols, claims, login flow and authorized APIs. */
    public static Operation updateApplications(String what) {
        return new Operation(what, "internal_application_mgt_update");
    }

    /** Reading API resources. */
    public static Operation viewApiResources(String what) {
        return new Operation(what, "internal_api_resource_view");
    }

    /** Creating API resources. */
    public static Operation createApiResources(String what) {
        return new Operation(what, "internal_api_resource_create");
    }

    /** Reading the organization's authenticators and connections. */
    public static Operation viewAuthenticators(String what) {
        return new Operation(what, "internal_authenticator_view");
    }

    /** Reading which authenticators a connection (identity provider) offers. */
    public static Operation viewConnections(String what) {
        return new Operation(what, "internal_idp_view");
    }

    /** Creating users. */
    public static Operation createUsers(String what) {
        return new Operation(what, "internal_user_mgt_create");
    }

    /** Reading the claim dictionary. */
    public static Operation viewClaims(String what) {
        return new Operation(what, "internal_claim_meta_view");
    }
}
