package dev.mcpee.sample.vetassist;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import dev.mcpee.sample.vetassist.data.OwnerEntity;
import dev.mcpee.sample.vetassist.data.PetEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Loads the sample's data when the application starts, into an empty database only: the schema is created at
 * deployment (persistence.xml), and a database that already has owners is left as it is.
 */
@ApplicationScoped
public class ClinicSeed {

    private static final Logger LOG = Logger.getLogger(ClinicSeed.class.getName());

    @PersistenceContext(unitName = "vetassist")
    EntityManager em;

    /**
     * Seeds the database at startup.
     *
     * @param event the application scope's start
     */
    @Transactional
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long owners = em.createQuery("SELECT COUNT(o) FROM OwnerEntity o", Long.class).getSingleResult();
        if (owners > 0) {
            LOG.info(() -> "VetAssist: the database has " + owners + " owners; no seed data loaded");
            return;
        }
        OwnerEntity alice = new OwnerEntity("alice", "Alice Martin");
        OwnerEntity bob = new OwnerEntity("bob", "Bob Chen");
        em.persist(alice);
        em.persist(bob);

        PetEntity rex = new PetEntity(1, "Rex", Species.DOG, "Labrador", LocalDate.of(2019, 4, 2), alice);
        rex.getAllergies().addAll(List.of("chicken"));
        rex.addVaccination("rabies", LocalDate.of(2025, 3, 1), 36);
        rex.addVaccination("distemper", LocalDate.of(2025, 9, 15), 12);
        PetEntity misty = new PetEntity(2, "Misty", Species.CAT, "Siamese", LocalDate.of(2021, 11, 20), alice);
        misty.addVaccination("feline leukemia", LocalDate.of(2026, 1, 10), 12);
        PetEntity thumper = new PetEntity(3, "Thumper", Species.RABBIT, null, LocalDate.of(2023, 6, 5), bob);
        em.persist(rex);
        em.persist(misty);
        em.persist(thumper);
        LOG.info("VetAssist: seed data loaded (owners alice and bob, 3 pets)");
    }
}
