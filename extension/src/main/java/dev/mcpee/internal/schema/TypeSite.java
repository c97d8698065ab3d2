package dev.mcpee.internal.schema;

import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Map;

/**
 * Where in a type graph the generator currently is: a human description for error messages and the
 * type-variable bindings of the enclosing generic records or classes.
 *
 * @param where    e.g. {@code "property 'owner' of record com.x.Pet"}
 * @param bindings type arguments of the enclosing parameterized types, by variable
 */
record TypeSite(String where, Map<TypeVariable<?>, Type> bindings) {

    /** Returns a site at the top of a type graph. */
    static TypeSite root(String where) {
        return new TypeSite(where, Map.of());
    }

    /** Returns a site with the same bindings and a new description. */
    TypeSite at(String newWhere) {
        return new TypeSite(newWhere, bindings);
    }

    /** Returns an error for {@code type} met at this site. */
    UnsupportedTypeException unsupported(Type type, String advice) {
        return new UnsupportedTypeException(type.getTypeName(), where, advice);
    }
}
