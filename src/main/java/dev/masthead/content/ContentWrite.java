package dev.masthead.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a service method that writes content (articles, tags, authors): it
 * runs in a transaction that takes the content log's head row before anything
 * else, and is retried when the database still reports contention. See
 * {@link ContentWriteInterceptor} for the lock order and the bounds.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface ContentWrite {
}
