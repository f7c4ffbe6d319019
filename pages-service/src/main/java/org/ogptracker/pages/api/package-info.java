/**
 * What the pages read of the three services' public API: typed REST clients, each call a GET.
 *
 * <p>Every client reads once more, at once, when a read failed at the connection (closed before
 * an answer, reset, refused): a kept-alive connection may close between two requests (a reader
 * who leaves mid-page cancels that page's reads, which closes their connections), and a GET
 * asked again is harmless (ClosedConnectionsTest). A read that times out or that the API
 * answers with an error is not read again; it is the page's error ({@code PageErrors}).
 */
package org.ogptracker.pages.api;
