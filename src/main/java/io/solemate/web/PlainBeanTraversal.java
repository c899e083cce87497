package io.solemate.web;

import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * What the API validates at its edge (query and path parameter beans, request bodies) are plain objects, never
 * entities, so every property is reachable and cascadable. With an ORM on the class path, Bean Validation's default
 * resolver asks the persistence provider whether each property is loaded, reflectively, on every request; Hibernate
 * ORM validates its entities with its own resolver, whatever this one says. Quarkus uses a bean of this type.
 */
@Singleton
public class PlainBeanTraversal implements TraversableResolver {

    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
                               ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
                                ElementType elementType) {
        return true;
    }
}
