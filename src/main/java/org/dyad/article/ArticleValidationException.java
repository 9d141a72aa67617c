package org.dyad.article;

/** An article that cannot be stored, with a message fit to show the person who sent it. */
public class ArticleValidationException extends RuntimeException {

    public ArticleValidationException(String message) {
        super(message);
    }
}
