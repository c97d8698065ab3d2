package dev.mcpee.sample.vetassist.data;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A vaccination given to a pet. */
@Entity
@Table(name = "VACCINATION")
public class VaccinationEntity {

    @Id
    @Column(name = "ID")
    @SequenceGenerator(name = "vaccinationIds", sequenceName = "VACCINATION_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vaccinationIds")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PET_ID", nullable = false)
    private PetEntity pet;

    @Column(name = "VACCINE", nullable = false, length = 100)
    private String vaccine;

    @Column(name = "GIVEN_ON", nullable = false)
    private LocalDate given;

    @Column(name = "VALID_MONTHS", nullable = false)
    private int validFor;

    /** For Jakarta Persistence. */
    protected VaccinationEntity() {
    }

    VaccinationEntity(PetEntity pet, String vaccine, LocalDate given, int validFor) {
        this.pet = pet;
        this.vaccine = vaccine;
        this.given = given;
        this.validFor = validFor;
    }

    /** @return the vaccine */
    public String getVaccine() {
        return vaccine;
    }

    /** @return when it was given */
    public LocalDate getGiven() {
        return given;
    }

    /** @return months of protection */
    public int getValidFor() {
        return validFor;
    }
}
