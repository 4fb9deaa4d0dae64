package org.fairaudit.service;

/** The record was changed since it was read (its version moved on); reload and try again. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String message) {
        super(message);
    }
}
