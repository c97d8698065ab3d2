package dev.mcpee.internal.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems found while a deployment is built. Every check adds to it and carries on, so that one failed
 * deployment reports all of them at once instead of one per attempt.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    /**
     * Records a problem.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        list.add(problem);
    }

    /**
     * Whether nothing was found.
     *
     * @return true when no problem was added
     */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /**
     * How many problems were found; a check compares it before and after to see whether it added any.
     *
     * @return the count
     */
    public int size() {
        return list.size();
    }

    /**
     * The problems in the order they were found.
     *
     * @return an unmodifiable view
     */
    public List<Problem> list() {
        return Collections.unmodifiableList(list);
    }

    /**
     * The message of the deployment failure: a count, then one problem a line.
     *
     * @return the report
     */
    public String report() {
        StringBuilder out = new StringBuilder("mcp-ee found ").append(list.size())
                .append(" problem(s) in this deployment:");
        for (Problem p : list) {
            out.append("\n  - ").append(p);
        }
        return out.toString();
    }
}
