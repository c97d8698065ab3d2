package dev.mcpee.sample.orgadmin.management;

/**
 * An error answer of a Management API: its HTTP status and WSO2's error body ({@code code}, {@code message},
 * {@code description}). Raised by {@link ManagementErrors} for every status of 400 and above, and turned into
 * an {@link OrganizationException} by {@link Organization#call}.
 */
public class ManagementApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String description;

    /**
     * An error answer.
     *
     * @param status      the HTTP status
     * @param code        WSO2's error code, or empty
     * @param description WSO2's description (or message), or empty
     */
    public ManagementApiException(int status, String code, String description) {
        super(status + (code.isEmpty() ? "" : " " + code) + (description.isEmpty() ? "" : ": " + description));
        this.status = status;
        this.code = code;
        this.description = description;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return WSO2's error code, or empty */
    public String code() {
        return code;
    }

    /** @return WSO2's description, or empty */
    public String description() {
        return description;
    }
}
