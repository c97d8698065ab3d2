package dev.mcpee.internal.schema;

import static dev.mcpee.internal.schema.Fixtures.json;
import static dev.mcpee.internal.schema.Fixtures.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Keywords about objects and arrays, $ref, and how messages name the path. */
class ValidatorStructureTest {

    private static String check(String schema, String instance) {
        return SchemaValidator.compile(obj(schema)).validate(json(instance.replace('\'', '"')), "argument").orElse("ok");
    }

    private static final String TOOL = "{'type':'object','properties':{"
            + "'petId':{'type':'integer'},"
            + "'name':{'type':'string','maxLength':40},"
            + "'visit':{'$ref':'#/$defs/Visit'},"
            + "'tags':{'type':'array','items':{'type':'string'},'minItems':1,'maxItems':2,'uniqueItems':true}},"
            + "'required':['petId'],"
            + "'$defs':{'Visit':{'type':'object','properties':{'date':{'type':'string','format':'date'}},"
            + "'required':['date']}}}";

    @Test
    void messagesNameTheArgumentPath() {
        assertEquals("ok", check(TOOL, "{'petId':1,'visit':{'date':'2024-01-02'},'tags':['a']}"));
        assertEquals("missing required argument 'petId'", check(TOOL, "{}"));
        assertEquals("argument 'petId': expected an integer, got a string", check(TOOL, "{'petId':'7'}"));
        assertEquals("argument 'name': must be at most 40 characters", check(TOOL, "{'petId':1,'name':'" + "x".repeat(41) + "'}"));
        assertEquals("argument 'visit.date': expected a string in format date",
                check(TOOL, "{'petId':1,'visit':{'date':'tomorrow'}}"));
        assertEquals("missing required argument 'visit.date'", check(TOOL, "{'petId':1,'visit':{}}"));
        assertEquals("argument 'tags[1]': expected a string, got a number", check(TOOL, "{'petId':1,'tags':['a',2]}"));
        assertEquals("argument: expected an object, got an array", check(TOOL, "[]"));
    }

    @Test
    void itemCountsAndUniqueness() {
        assertEquals("argument 'tags': must have at least 1 item", check(TOOL, "{'petId':1,'tags':[]}"));
        assertEquals("argument 'tags': must have at most 2 items", check(TOOL, "{'petId':1,'tags':['a','b','c']}"));
        assertEquals("argument 'tags': must not contain duplicate items ([0] and [1])",
                check(TOOL, "{'petId':1,'tags':['a','a']}"));
        assertEquals("argument: must not contain duplicate items ([0] and [1])",
                check("{'uniqueItems':true}", "[1, 1.0]"));
        assertEquals("ok", check("{'uniqueItems':true}", "[{'a':1},{'a':2}]"));
        assertEquals("ok", check("{'uniqueItems':false}", "[1,1]"));
    }

    @Test
    void additionalPropertiesSchemaOrFalse() {
        String map = "{'type':'object','additionalProperties':{'type':'integer'}}";
        assertEquals("ok", check(map, "{'a':1,'b':2}"));
        assertEquals("argument 'b': expected an integer, got a boolean", check(map, "{'a':1,'b':true}"));
        String closed = "{'properties':{'a':{}},'additionalProperties':false}";
        assertEquals("ok", check(closed, "{'a':[1]}"));
        assertEquals("unexpected argument 'b'", check(closed, "{'a':1,'b':2}"));
    }

    @Test
    void propertyNamesAndPropertyCounts() {
        String schema = "{'propertyNames':{'enum':['RED','GREEN']},'minProperties':1,'maxProperties':1}";
        assertEquals("ok", check(schema, "{'RED':1}"));
        assertEquals("argument 'BLUE': is not an allowed name: must be one of \"RED\", \"GREEN\"",
                check(schema, "{'BLUE':1}"));
        assertEquals("argument: must have at least 1 property", check(schema, "{}"));
        assertEquals("argument: must have at most 1 property", check(schema, "{'RED':1,'GREEN':2}"));
    }

    @Test
    void recursiveRefValidatesDeepInstances() {
        String tree = "{'$ref':'#/$defs/Node','$defs':{'Node':{'type':'object','properties':{"
                + "'label':{'type':'string'},'children':{'type':'array','items':{'$ref':'#/$defs/Node'}}},"
                + "'required':['label']}}}";
        assertEquals("ok", check(tree, "{'label':'a','children':[{'label':'b','children':[{'label':'c'}]}]}"));
        assertEquals("argument 'children[0].children[1].label': expected a string, got a number",
                check(tree, "{'label':'a','children':[{'label':'b','children':[{'label':'c'},{'label':3}]}]}"));
        assertEquals("missing required argument 'children[0].label'", check(tree, "{'label':'a','children':[{}]}"));
        assertEquals("ok", check("{'properties':{'next':{'$ref':'#'}},'type':'object'}", "{'next':{'next':{}}}"));
    }

    @Test
    void booleanSchemas() {
        assertEquals("ok", check("{'properties':{'any':true}}", "{'any':[1,{}]}"));
        assertEquals("argument 'none': no value is allowed here", check("{'properties':{'none':false}}", "{'none':1}"));
    }

    @Test
    void keywordsForOtherTypesPassTheValue() {
        assertEquals("ok", check("{'required':['a'],'minItems':3,'minLength':9}", "5"));
    }
}
