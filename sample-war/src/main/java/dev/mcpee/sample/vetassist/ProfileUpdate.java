package dev.mcpee.sample.vetassist;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * Changes to a pet profile; absent fields stay as they are.
 *
 * @param name      a new name, or null
 * @param breed     a new breed, or null
 * @param allergies the full new allergy list, or null
 */
public record ProfileUpdate(@Size(min = 1, max = 40) String name, @Size(max = 60) String breed,
                            List<String> allergies) {
}
