package org.homeward.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the HTTP session is copied to the other nodes by serialising it, and view-scoped page
 * beans live in the session: one field that cannot be serialised and the person's open page is lost
 * when their node dies. Checks every {@code @ViewScoped} bean's fields, and the types they hold, all
 * the way down through Homeward's own classes.
 */
class SessionContentsTest {

  @Test
  void everyViewScopedBeanCanBeCopiedToAnotherNode() throws Exception {
    Set<String> problems = new TreeSet<>();
    for (Class<?> view : viewScopedBeans()) {
      check(view, view.getSimpleName(), problems, new java.util.HashSet<>());
    }
    assertThat(problems).as("fields of view-scoped beans that cannot be serialised").isEmpty();
  }

  private static void check(Class<?> type, String path, Set<String> problems, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(type) && !type.isInterface()) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    for (Class<?> c = type; c != null && c.getName().startsWith("org.homeward"); c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
            || field.isAnnotationPresent(jakarta.inject.Inject.class) || field.getName().startsWith("_persistence")) {
          continue;
        }
        checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type type, String path, Set<String> problems, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || Optional.class.equals(raw)) {
        if (Optional.class.equals(raw)) {
          problems.add(path + ": Optional is not Serializable");
        }
        for (Type argument : p.getActualTypeArguments()) {
          checkType(argument, path + "[]", problems, seen);
        }
        return;
      }
      checkType(raw, path, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, path + "<>", problems, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
      return;
    }
    if (c.isArray()) {
      checkType(c.getComponentType(), path + "[]", problems, seen);
      return;
    }
    if (c.getName().startsWith("org.homeward")) {
      check(c, path, problems, seen);
    } else if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName() + " is not Serializable");
    }
  }

  private static List<Class<?>> viewScopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(SessionContentsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolveSibling("classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith("View.class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, SessionContentsTest.class.getClassLoader());
        if (c.isAnnotationPresent(ViewScoped.class)) {
          beans.add(c);
        }
      }
    }
    assertThat(beans).as("view-scoped beans found").hasSizeGreaterThan(10);
    return beans;
  }
}
