package org.ogptracker.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies nest at most {@value #MAX_DEPTH} levels deep, and must use the JSON types the OpenAPI document gives ({@code "title": 12345} or
 * {@code "percentComplete": "40"} is a 400 naming the field, not a value Jackson converted), one
 * JSON value is the whole body ({@code {}}} is not {@code {}}), and
 * their strings must be storable text: no NUL character, no lone UTF-16 surrogate (PostgreSQL
 * cannot keep either).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
  /** Deeper than any body of the API (three levels) by far, shallower than Jackson's 1000. */
  static final int MAX_DEPTH = 32;

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH).build());
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.registerModule(new SimpleModule("ogp-strict-text")
        .addDeserializer(String.class, new StorableText()));
  }

  /** Strings as Jackson reads them, refused when they hold what no text column can store. */
  static final class StorableText extends StdScalarDeserializer<String> {
    StorableText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String s = StringDeserializer.instance.deserialize(p, ctx);
      if (s != null && !storable(s)) {
        throw new UnstorableText(p, s);
      }
      return s;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }
  }

  /** A string holding a NUL character or a lone surrogate. */
  static final class UnstorableText extends InvalidFormatException {
    UnstorableText(JsonParser p, String value) {
      super(p, "holds a NUL character or a lone surrogate", value, String.class);
    }
  }

  static boolean storable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
