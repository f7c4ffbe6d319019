package org.ogptracker.gateway.limits;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.redis.consts.LuaScripts;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * bucket4j's buckets kept in Redis, reached with the Vert.x Redis client the gateway's event
 * loops already run (bucket4j ships the same adapter for Lettuce, whose Netty the gateway does
 * not carry). bucket4j does the arithmetic; this class only reads a bucket's state and swaps it
 * with bucket4j's own compare-and-swap scripts, so that replicas taking from one bucket at once
 * never both spend the same token. Asynchronous only: nothing on an event loop may wait.
 */
final class RedisBucketStore extends AbstractCompareAndSwapBasedProxyManager<String> {
  private final Redis redis;
  private final ExpirationAfterWriteStrategy expiry;

  RedisBucketStore(Redis redis, ClientSideConfig config, ExpirationAfterWriteStrategy expiry) {
    super(config.withExpirationAfterWriteStrategy(expiry));
    this.redis = redis;
    this.expiry = expiry;
  }

  @Override
  protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
    return new AsyncCompareAndSwapOperation() {
      @Override
      public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
        return completed(redis.send(Request.cmd(Command.GET).arg(key)), timeoutNanos)
            .thenApply(r -> Optional.ofNullable(r).map(Response::toBytes));
      }

      @Override
      public CompletableFuture<Boolean> compareAndSwap(byte[] original, byte[] replacement,
          RemoteBucketState state, Optional<Long> timeoutNanos) {
        long ttlMillis = expiry.calculateTimeToLiveMillis(state,
            System.currentTimeMillis() * 1_000_000);
        Request swap = original == null
            ? Request.cmd(Command.EVAL).arg(LuaScripts.SCRIPT_SET_NX_PX).arg(1).arg(key)
                .arg(Buffer.buffer(replacement)).arg(ttlMillis)
            : Request.cmd(Command.EVAL).arg(LuaScripts.SCRIPT_COMPARE_AND_SWAP_PX).arg(1).arg(key)
                .arg(Buffer.buffer(original)).arg(Buffer.buffer(replacement)).arg(ttlMillis);
        return completed(redis.send(swap), timeoutNanos).thenApply(r -> r.toInteger() == 1);
      }
    };
  }

  private static CompletableFuture<Response> completed(Future<Response> reply,
      Optional<Long> timeoutNanos) {
    CompletableFuture<Response> future = reply.toCompletionStage().toCompletableFuture();
    return timeoutNanos.map(t -> future.orTimeout(t, TimeUnit.NANOSECONDS)).orElse(future);
  }

  @Override
  protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
    throw new UnsupportedOperationException("the gateway takes tokens asynchronously only");
  }

  @Override
  public void removeProxy(String key) {
    throw new UnsupportedOperationException("the gateway takes tokens asynchronously only");
  }

  @Override
  protected CompletableFuture<Void> removeAsync(String key) {
    return redis.send(Request.cmd(Command.DEL).arg(key)).<Void>mapEmpty().toCompletionStage()
        .toCompletableFuture();
  }

  @Override
  public boolean isAsyncModeSupported() {
    return true;
  }

  @Override
  public boolean isExpireAfterWriteSupported() {
    return true;
  }
}
