package dev.mcpee.sample.vetassist;

/** The animals the clinic treats. */
public enum Species {
    /** Dogs. */
    DOG,
    /** Cats. */
    CAT,
    /** Rabbits. */
    RABBIT,
    /** Birds. */
    BIRD
}
