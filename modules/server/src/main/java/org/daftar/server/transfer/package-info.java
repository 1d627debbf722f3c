/**
 * Moving content over HTTP, shared by the REST API and the web pages: streamed multipart uploads and downloads with
 * ETag and Range support.
 */
package org.daftar.server.transfer;
