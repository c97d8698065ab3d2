package dev.mcpee.internal.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UriTemplateTest {

    @Test
    void matchesAndDecodes() {
        UriTemplate t = UriTemplate.compile("vetassist://owners/{owner}/pets/{petId}");
        assertEquals(List.of("owner", "petId"), t.variables());
        assertEquals(Map.of("owner", "al ice", "petId", "7"), t.match("vetassist://owners/al%20ice/pets/7"));
        assertEquals(Map.of("owner", "zoë", "petId", "1"), t.match("vetassist://owners/zo%C3%AB/pets/1"));
        assertNull(t.match("vetassist://owners/a/b/pets/7"), "a variable is one segment");
        assertNull(t.match("vetassist://owners//pets/7"), "and not empty");
        assertNull(t.match("vetassist://owners/a/pets/7/x"));
        assertNull(t.match("vetassist://owners/%zz/pets/7"), "bad percent-encoding");
    }

    @Test
    void literalCharactersAreNotRegex() {
        assertNull(UriTemplate.compile("test://a.b/{x}").match("test://aXb/1"));
    }

    @Test
    void refusesWhatLevelOneCannotExpress() {
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.compile("test://{+path}"));
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.compile("test://{a}/{a}"));
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.compile("test://{a"));
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.compile("test://a}"));
        // Two variables in one segment: ambiguous, and their regex backtracked polynomially (UriTemplateFuzzTest).
        IllegalArgumentException adjacent = assertThrows(IllegalArgumentException.class,
                () -> UriTemplate.compile("test://{a}{b}"));
        org.junit.jupiter.api.Assertions.assertTrue(adjacent.getMessage().contains("share a path segment"));
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.compile("test://{a}-{b}/x"));
        UriTemplate.compile("test://{a}/{b}?q={c}#{d}");
    }
}
