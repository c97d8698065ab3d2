package dev.mcpee.internal.schema;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * Names for (possibly generic) types with their type variables resolved: a canonical name that
 * identifies a {@code $defs} entry, a short name to key it by, and the bindings a generic record or
 * class sees for its own type variables.
 */
final class TypeNames {

    private TypeNames() {
    }

    /** Returns e.g. {@code com.x.Page<com.x.Pet>}, with every type variable resolved through the site. */
    static String canonical(Type type, TypeSite site) {
        return name(type, site, true);
    }

    /** Returns e.g. {@code Page_Pet}: simple names joined by underscores, usable in a JSON pointer. */
    static String simple(Type type, TypeSite site) {
        return name(type, site, false);
    }

    /** Returns the site's bindings plus those of {@code raw}'s own type parameters in {@code type}. */
    static Map<TypeVariable<?>, Type> bindings(Type type, Class<?> raw, TypeSite site) {
        if (!(type instanceof ParameterizedType p)) {
            return site.bindings();
        }
        Map<TypeVariable<?>, Type> bindings = new HashMap<>(site.bindings());
        TypeVariable<?>[] vars = raw.getTypeParameters();
        Type[] args = p.getActualTypeArguments();
        for (int i = 0; i < vars.length; i++) {
            bindings.put(vars[i], resolve(args[i], site));
        }
        return Map.copyOf(bindings);
    }

    private static Type resolve(Type type, TypeSite site) {
        Type t = type;
        while (t instanceof TypeVariable<?> v && site.bindings().containsKey(v)) {
            t = site.bindings().get(v);
        }
        return t;
    }

    private static String name(Type type, TypeSite site, boolean qualified) {
        Type t = resolve(type, site);
        if (t instanceof Class<?> c) {
            if (c.isArray()) {
                return name(c.getComponentType(), site, qualified) + (qualified ? "[]" : "Array");
            }
            return qualified ? c.getName() : c.getSimpleName();
        }
        if (t instanceof ParameterizedType p) {
            StringBuilder sb = new StringBuilder(name(p.getRawType(), site, qualified));
            sb.append(qualified ? "<" : "_");
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(qualified ? "," : "_");
                }
                sb.append(name(args[i], site, qualified));
            }
            return qualified ? sb.append('>').toString() : sb.toString();
        }
        if (t instanceof GenericArrayType g) {
            return name(g.getGenericComponentType(), site, qualified) + (qualified ? "[]" : "Array");
        }
        if (t instanceof TypeVariable<?>) {
            throw site.unsupported(t, "declare a concrete type instead of a type variable");
        }
        throw site.unsupported(t, "declare a concrete type argument instead of a wildcard");
    }
}
