package dev.mcpee.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The deployment failure's message, which users read and the deployment tests parse line by line. */
class ProblemsTest {

    @Test
    void theReportCountsThenListsOneProblemALine() {
        Problems problems = new Problems();
        problems.add(new Problem("MCPEE001", "A#a()", "One.", "Do this."));
        problems.add(new Problem("MCPEE101", "mcp.k", "Two.", "Do that."));
        assertEquals(2, problems.size());
        assertEquals("mcp-ee found 2 problem(s) in this deployment:\n  - MCPEE001: One. Fix: Do this.\n"
                + "  - MCPEE101: Two. Fix: Do that.", problems.report());
    }

    @Test
    void theListIsAReadOnlyViewInOrder() {
        Problems problems = new Problems();
        Problem p = new Problem("MCPEE002", "A#a()", "One.", "Do this.");
        problems.add(p);
        assertEquals(List.of(p), problems.list());
        assertThrows(UnsupportedOperationException.class, () -> problems.list().add(p));
    }
}
