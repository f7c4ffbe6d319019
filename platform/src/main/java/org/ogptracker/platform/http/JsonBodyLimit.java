package org.ogptracker.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ogptracker.platform.problem.Problems;

/**
 * A JSON request body holds at most {@code ogp.http.max-json-body-size} bytes (413 beyond), however
 * it is sent: Jackson turns a body into objects whole, and a 10 MB array of short strings is
 * millions of them. A declared length over the limit is refused before the body is read
 * (platform-web's {@code RequestBodies}); a body sent in chunks has none, so it is counted here
 * as it is read, and the rest of an oversized one is read and dropped so that the client gets
 * the answer instead of a reset connection. Other bodies (the CSV imports, read as streams) are
 * left to {@code quarkus.http.limits.max-body-size}.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {
  private final long maxBytes;

  JsonBodyLimit(@ConfigProperty(name = "ogp.http.max-json-body-size", defaultValue = "512K")
      MemorySize maxJsonBody) {
    this.maxBytes = maxJsonBody.asLongValue();
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (json(context.getMediaType())) {
      context.setInputStream(new ByteArrayInputStream(readAtMost(context.getInputStream())));
    }
    return context.proceed();
  }

  private byte[] readAtMost(InputStream in) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    if (body.length > maxBytes) {
      in.transferTo(OutputStream.nullOutputStream());
      throw Problems.bodyTooLarge("A JSON body may hold at most " + maxBytes + " bytes");
    }
    return body;
  }

  private static boolean json(MediaType type) {
    return type != null && "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }
}
