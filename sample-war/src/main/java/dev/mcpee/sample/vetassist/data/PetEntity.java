package dev.mcpee.sample.vetassist.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.mcpee.sample.vetassist.Species;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A pet registered at the clinic. Ids are assigned by the clinic (the seed data uses 1, 2, 3). */
@Entity
@Table(name = "PET")
public class PetEntity {

    @Id
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "NAME", nullable = false, length = 40)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "SPECIES", nullable = false, length = 16)
    private Species species;

    @Column(name = "BREED", length = 60)
    private String breed;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "OWNER_ID", nullable = false)
    private OwnerEntity owner;

    @ElementCollection
    @CollectionTable(name = "PET_ALLERGY", joinColumns = @JoinColumn(name = "PET_ID"))
    @Column(name = "ALLERGY", nullable = false, length = 100)
    @OrderColumn(name = "LIST_INDEX")
    private List<String> allergies = new ArrayList<>();

    @OneToMany(mappedBy = "pet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("given ASC")
    private List<VaccinationEntity> vaccinations = new ArrayList<>();

    /** For Jakarta Persistence. */
    protected PetEntity() {
    }

    /**
     * A new pet.
     *
     * @param id        the pet id
     * @param name      the name
     * @param species   the species
     * @param breed     the breed, or null
     * @param birthDate the date of birth
     * @param owner     the owner
     */
    public PetEntity(long id, String name, Species species, String breed, LocalDate birthDate, OwnerEntity owner) {
        this.id = id;
        this.name = name;
        this.species = species;
        this.breed = breed;
        this.birthDate = birthDate;
        this.owner = owner;
    }

    /**
     * Records a vaccination.
     *
     * @param vaccine  the vaccine
     * @param given    when it was given
     * @param validFor months of protection
     */
    public void addVaccination(String vaccine, LocalDate given, int validFor) {
        vaccinations.add(new VaccinationEntity(this, vaccine, given, validFor));
    }

    /** @return the pet id */
    public long getId() {
        return id;
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the new name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the species */
    public Species getSpecies() {
        return species;
    }

    /** @return the breed, or null */
    public String getBreed() {
        return breed;
    }

    /** @param breed the new breed */
    public void setBreed(String breed) {
        this.breed = breed;
    }

    /** @return the date of birth */
    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** @return the owner */
    public OwnerEntity getOwner() {
        return owner;
    }

    /** @return the allergies, in order (mutable) */
    public List<String> getAllergies() {
        return allergies;
    }

    /** @return the vaccinations, oldest first */
    public List<VaccinationEntity> getVaccinations() {
        return vaccinations;
    }
}
