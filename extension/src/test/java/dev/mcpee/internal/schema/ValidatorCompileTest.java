package dev.mcpee.internal.schema;

import static dev.mcpee.internal.schema.Fixtures.json;
import static dev.mcpee.internal.schema.Fixtures.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Compilation rejects what it cannot check instead of silently validating less. */
class ValidatorCompileTest {

    private static String compileError(String schema) {
        return assertThrows(IllegalArgumentException.class, () -> SchemaValidator.compile(obj(schema))).getMessage();
    }

    @Test
    void unsupportedKeywordIsNamedWithItsLocation() {
        assertEquals("unsupported keyword 'oneOf' at #/properties/a", compileError("{'properties':{'a':{'oneOf':[]}}}"));
    }

    @Test
    void badReferencesAndPatternsFail() {
        assertTrue(compileError("{'$ref':'#/$defs/Missing'}").contains("cannot resolve $ref #/$defs/Missing"));
        assertTrue(compileError("{'$ref':'other.json#/a'}").contains("only local $ref"));
        assertTrue(compileError("{'pattern':'(unclosed'}").startsWith("invalid pattern at #"));
        assertTrue(compileError("{'type':'text'}").contains("unknown type 'text'"));
        assertTrue(compileError("{'minLength':'3'}").startsWith("malformed schema at #"));
    }

    @Test
    void annotationsAreAccepted() {
        SchemaValidator v = SchemaValidator.compile(obj("{'$schema':'https://json-schema.org/draft/2020-12/schema',"
                + "'title':'t','description':'d','default':1,'readOnly':true,'writeOnly':false,'$comment':'c',"
                + "'examples':[1],'deprecated':false,'contentMediaType':'text/plain','type':'integer'}"));
        assertEquals(Optional.empty(), v.validate(json("2"), "value"));
    }

    @Test
    void selfReferentialRefsCompile() {
        SchemaValidator v = SchemaValidator.compile(obj("{'$defs':{'A':{'$ref':'#/$defs/B'},'B':{'items':{'$ref':"
                + "'#/$defs/A'},'type':'array'}},'$ref':'#/$defs/A'}"));
        assertEquals(Optional.empty(), v.validate(json("[[[]]]"), "value"));
        assertEquals(Optional.of("value '[0][0]': expected an array, got a number"), v.validate(json("[[1]]"), "value"));
    }

    @Test
    void escapedPointerTokensResolve() {
        SchemaValidator v = SchemaValidator.compile(obj("{'$defs':{'a/b':{'type':'string'},'c d':{'type':'integer'}},"
                + "'properties':{'x':{'$ref':'#/$defs/a~1b'},'y':{'$ref':'#/$defs/c%20d'}}}"));
        assertEquals(Optional.of("value 'x': expected a string, got a number"), v.validate(json("{\"x\":1}"), "value"));
        assertEquals(Optional.of("value 'y': expected an integer, got a string"),
                v.validate(json("{\"y\":\"1\"}"), "value"));
    }
}
