package dev.mcpee.internal.schema;

import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.json.bind.annotation.JsonbNumberFormat;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * Rejects JSON-B customisations whose JSON shape the generator cannot know: adapters, custom
 * (de)serializers and non-default date or number formats. Failing at deployment is better than
 * publishing a schema that contradicts what JSON-B will read.
 */
final class CustomMappings {

    private CustomMappings() {
    }

    /** Throws if an annotation on the declaring element changes how JSON-B maps the value. */
    static void reject(Collection<Annotation> annotations, Type type, TypeSite site) {
        for (Annotation a : annotations) {
            String advice = adviceFor(a);
            if (advice != null) {
                throw site.unsupported(type, advice);
            }
        }
    }

    /** Throws if an annotation on the class itself changes how JSON-B maps its values. */
    static void rejectClass(Class<?> type, TypeSite site) {
        reject(java.util.Arrays.asList(type.getAnnotations()), type, site);
    }

    private static String adviceFor(Annotation a) {
        if (a instanceof JsonbTypeAdapter || a instanceof JsonbTypeSerializer || a instanceof JsonbTypeDeserializer) {
            return "its JSON form is customised with @" + a.annotationType().getSimpleName()
                    + ", which a schema cannot describe; use a plain type";
        }
        if (a instanceof JsonbDateFormat f && !JsonbDateFormat.DEFAULT_FORMAT.equals(f.value())) {
            return "a custom @JsonbDateFormat cannot be described; remove it to use the ISO format";
        }
        if (a instanceof JsonbNumberFormat f && !f.value().isEmpty()) {
            return "a custom @JsonbNumberFormat cannot be described; remove it";
        }
        return null;
    }
}
