package io.solemate.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * A JSON answer already encoded, written as it is. For the hot reads whose bodies are built from pre-encoded parts
 * or kept whole: an object handed to Jackson's body writer costs a serializer lookup and two buffer layers per
 * answer. An operation that returns it names its schema with {@code @APIResponse}.
 */
public record EncodedJson(byte[] bytes) {

    /** Ends the response with the bytes in one write, as Quarkus REST does for a {@code byte[]}. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class Writer implements ServerMessageBodyWriter<EncodedJson> {

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
                                   MediaType mediaType) {
            return type == EncodedJson.class;
        }

        @Override
        public void writeResponse(EncodedJson json, Type genericType, ServerRequestContext context) {
            context.serverResponse().end(json.bytes());
        }

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == EncodedJson.class;
        }

        @Override
        public void writeTo(EncodedJson json, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
                throws java.io.IOException {
            out.write(json.bytes());
        }
    }
}
