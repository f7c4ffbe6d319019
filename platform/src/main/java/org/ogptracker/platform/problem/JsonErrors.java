package org.ogptracker.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ogptracker.platform.codes.EnumCodes;

/** Says in plain words why a JSON body could not be read, naming the field where known. */
public final class JsonErrors {
  private JsonErrors() {}

  public static ProblemException describe(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return Problems.badRequest("Request body nests deeper than " + StrictJson.MAX_DEPTH
          + " levels or holds too long a value");
    }
    if (e instanceof JsonParseException) {
      return Problems.badRequest("Malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr());
    }
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
        return Problems.badRequest("Request body must be a JSON "
            + kind(mi.getTargetType()));
      }
      return Problems.badRequest("Request body is not valid JSON for this operation");
    }
    String field = path(m);
    if (e instanceof UnrecognizedPropertyException u) {
      return Problems.invalidField(field, "unknown field; known fields are "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
              .collect(Collectors.joining(", ")));
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return Problems.invalidField(field, "unknown value '" + f.getValue() + "'; allowed: "
          + String.join(", ", EnumCodes.allowed(f.getTargetType())));
    }
    if (e instanceof StrictJson.UnstorableText) {
      return Problems.invalidField(field, "must be text without NUL characters or lone surrogates");
    }
    if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      return Problems.invalidField(field, "must be " + kind(mi.getTargetType()));
    }
    return Problems.invalidField(field, "has an invalid value");
  }

  static String path(JsonMappingException m) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "body" : b.toString();
  }

  static String kind(Class<?> type) {
    if (type == String.class || type == Character.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(EnumCodes.allowed(type).toArray());
    }
    if (type.getPackageName().startsWith("java.time")) {
      return "an ISO-8601 " + type.getSimpleName();
    }
    return "an object";
  }
}
