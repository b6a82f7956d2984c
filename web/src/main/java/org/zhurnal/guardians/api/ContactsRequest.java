package org.zhurnal.guardians.api;

/** Body of {@code PUT /people/{personId}/contacts}: {@code {"phone":"+7 913 123-45-67","email":"a@b.ru"}}. */
public record ContactsRequest(String phone, String email) {

    @Override
    public String toString() {
        return "ContactsRequest[hidden]";
    }
}
