package dev.mcpee.sample.vetassist.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pet owner: a user of the clinic, identified by the subject ({@code sub}) of their access tokens. */
@Entity
@Table(name = "PET_OWNER")
public class OwnerEntity {

    @Id
    @Column(name = "USER_ID", length = 255)
    private String userId;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    /** For Jakarta Persistence. */
    protected OwnerEntity() {
    }

    /**
     * A new owner.
     *
     * @param userId      the token subject
     * @param displayName the name to show
     */
    public OwnerEntity(String userId, String displayName) {
        this.userId = userId;
        this.displayName = displayName;
    }

    /** @return the token subject */
    public String getUserId() {
        return userId;
    }

    /** @return the name to show */
    public String getDisplayName() {
        return displayName;
    }

    /** @param displayName the name to show */
    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
