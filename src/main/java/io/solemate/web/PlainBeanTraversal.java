package io.solemate.web;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * What the API validates at its edge (query and path parameter beans, request bodies) are plain objects, never
 * entities, so every property is reachable and cascadable. With an ORM on the class path, Bean Validation's default
 * resolver asks the persistence provider whether each property is loaded, reflectively, on every request; Hibernate
 * ORM validates its entities with its own resolver, whatever this one says. Quarkus uses a bean of this type.
 *
 * <p>Hibernate Validator also keeps each validation's resolver answers in a map of its own, to spare a costly
 * resolver a second question; asking this one costs less than the map (a per-request object and two hash lookups per
 * property: 1 % of a request's event loop time in a profile), so that cache is turned off.
 */
@Singleton
public class PlainBeanTraversal implements TraversableResolver, ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }

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
