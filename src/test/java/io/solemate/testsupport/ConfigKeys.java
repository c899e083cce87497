package io.solemate.testsupport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every {@code solemate.*} setting the service's {@code @ConfigMapping}s declare, with its {@code @WithDefault}
 * (empty when it has none), found by reading the compiled classes: the mappings are the one place defaults are
 * written, and tests hold the README, application.properties and the manifests against them.
 */
public final class ConfigKeys {

    private static final Path CLASSES = Path.of("target", "classes");

    private ConfigKeys() {
    }

    /** Property name to default, sorted by name. */
    public static Map<String, Optional<String>> all() {
        Map<String, Optional<String>> keys = new TreeMap<>();
        for (Class<?> mapping : mappings()) {
            collect(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping, keys);
        }
        return keys;
    }

    /** The environment variable Quarkus reads for a property: upper case, every other character an underscore. */
    public static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static void collect(String prefix, Class<?> type, Map<String, Optional<String>> keys) {
        Method[] methods = type.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            String key = prefix + "." + kebab(method.getName());
            Class<?> result = method.getReturnType();
            if (result.isInterface() && result.getEnclosingClass() == type) {
                collect(key, result, keys);
                continue;
            }
            WithDefault fallback = method.getAnnotation(WithDefault.class);
            keys.put(key, Optional.ofNullable(fallback).map(WithDefault::value));
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Iterable<Class<?>> mappings() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith("io.solemate."))
                    .<Class<?>>map(ConfigKeys::load)
                    .filter(c -> c.isAnnotationPresent(ConfigMapping.class))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ConfigKeys.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }
}
