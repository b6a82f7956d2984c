package org.zhurnal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The contacts written on a person card (one row per card, made when first given). */
@Entity
@Table(name = "person_contact")
public class PersonContact {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(length = 16)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonContact() {
        // for JPA
    }

    public PersonContact(Long personId, Contacts contacts, Instant at) {
        this.personId = Objects.requireNonNull(personId, "personId");
        change(contacts, at);
    }

    public void change(Contacts contacts, Instant at) {
        phone = contacts.phone();
        email = contacts.email();
        updatedAt = at;
    }

    public Contacts contacts() {
        return new Contacts(phone, email);
    }

    public Long personId() {
        return personId;
    }

    @Override
    public String toString() {
        return "PersonContact[" + personId + "]";
    }
}
