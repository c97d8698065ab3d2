package dev.mcpee.sample.vetassist;

/**
 * What the caller of the current tool may see and change: clinic staff every pet, a pet owner only their own
 * (matched by the token subject).
 *
 * @param subject the caller's token subject
 * @param staff   whether the caller is clinic staff (role {@value #STAFF_ROLE})
 */
public record Access(String subject, boolean staff) {

    /** The role of pet owners. */
    public static final String OWNER_ROLE = "pet_owner";
    /** The role of the clinic's staff. */
    public static final String STAFF_ROLE = "vet_staff";

    /**
     * Whether the caller may see and change a pet.
     *
     * @param ownerId the pet's owner
     * @return true for staff and for the pet's owner
     */
    public boolean mayAccess(String ownerId) {
        return staff || subject.equals(ownerId);
    }

    /**
     * The message for a pet the caller cannot see: for an owner the same whether the pet does not exist or
     * belongs to someone else, so it reveals nothing about other owners' pets.
     *
     * @param petId the pet id asked for
     * @return the message
     */
    public String noSuchPet(long petId) {
        return "No pet with id " + petId + (staff ? "" : " among yours") + "; call list_pets to see the ids";
    }
}
