package org.zhurnal.school.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A school of the region, identified for the outside world by its INN. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(name = "full_name", nullable = false, length = 500)
    private String fullName;

    @Column(name = "short_name", nullable = false, length = 200)
    private String shortName;

    @Column(nullable = false, length = 10)
    private String inn;

    @Column(length = 13)
    private String ogrn;

    @Column(length = 500)
    private String address;

    protected School() {
        // for JPA
    }

    public School(Region region, String fullName, String shortName, String inn) {
        this.region = Objects.requireNonNull(region, "region");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.shortName = Objects.requireNonNull(shortName, "shortName");
        this.inn = Objects.requireNonNull(inn, "inn");
    }

    public Long id() {
        return id;
    }

    public Region region() {
        return region;
    }

    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    public String inn() {
        return inn;
    }
}
