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

/** A booked appointment. Ids start at 1001. */
@Entity
@Table(name = "APPOINTMENT")
public class AppointmentEntity {

    /** The longest notes text stored. */
    public static final int MAX_NOTES = 2000;

    @Id
    @Column(name = "ID")
    @SequenceGenerator(name = "appointmentIds", sequenceName = "APPOINTMENT_SEQ", initialValue = 1001,
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointmentIds")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PET_ID", nullable = false)
    private PetEntity pet;

    @Column(name = "APPOINTMENT_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "REASON", nullable = false, length = 200)
    private String reason;

    @Column(name = "NOTES", length = MAX_NOTES)
    private String notes;

    /** For Jakarta Persistence. */
    protected AppointmentEntity() {
    }

    /**
     * A new appointment.
     *
     * @param pet    the pet
     * @param date   the day
     * @param reason why the pet comes in
     * @param notes  notes for the vet, or null
     */
    public AppointmentEntity(PetEntity pet, LocalDate date, String reason, String notes) {
        this.pet = pet;
        this.date = date;
        this.reason = reason;
        this.notes = notes;
    }

    /** @return the id, once persisted */
    public Long getId() {
        return id;
    }

    /** @return the pet */
    public PetEntity getPet() {
        return pet;
    }

    /** @return the day */
    public LocalDate getDate() {
        return date;
    }

    /** @return the reason */
    public String getReason() {
        return reason;
    }

    /** @return the notes, or null */
    public String getNotes() {
        return notes;
    }
}
