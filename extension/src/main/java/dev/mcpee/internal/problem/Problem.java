package dev.mcpee.internal.problem;

/**
 * One deployment or configuration problem, as data: what is wrong, where, and what to do. Main code creates
 * them only through the factories of {@link Messages}, {@link SignatureMessages} and {@link ConfigMessages}, so
 * that every text and every id lives in one place.
 *
 * @param id      {@code MCPEE} and three digits; stable, so that users can look it up
 * @param where   what the problem concerns: a class and method, a parameter of one, or a configuration key
 * @param message the full sentence of what is wrong (it may name {@code where} itself)
 * @param fix     what to do about it
 */
public record Problem(String id, String where, String message, String fix) {

    /**
     * The problem as users read it in the deployment failure.
     *
     * @return {@code id: message Fix: fix}
     */
    @Override
    public String toString() {
        return id + ": " + message + " Fix: " + fix;
    }
}
