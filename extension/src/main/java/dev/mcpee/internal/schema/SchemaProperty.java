package dev.mcpee.internal.schema;

import jakarta.json.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * One top-level property of a tool's input schema, as the caller has worked it out from a tool
 * method's parameter.
 *
 * @param name         the JSON property name
 * @param type         the parameter's generic type
 * @param annotations  the parameter's annotations; Bean Validation constraints among them become
 *                     schema keywords (other annotations are ignored)
 * @param description  text for {@code "description"}, or {@code null} for none
 * @param required     whether the property goes into the schema's {@code "required"} list; the caller
 *                     decides (see {@link JsonSchemaGenerator#impliesRequired(Annotation[])})
 * @param defaultValue value for {@code "default"}, or {@code null} for none
 */
public record SchemaProperty(String name, Type type, Annotation[] annotations, String description,
        boolean required, JsonValue defaultValue) {

    /** Checks the arguments and copies the annotation array so later changes to it cannot leak in. */
    public SchemaProperty {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("property name must not be empty");
        }
        if (type == null) {
            throw new IllegalArgumentException("type of property '" + name + "' must not be null");
        }
        annotations = annotations == null ? new Annotation[0] : annotations.clone();
    }

    /** Returns a copy of the annotations, so the record stays immutable. */
    @Override
    public Annotation[] annotations() {
        return annotations.clone();
    }
}
