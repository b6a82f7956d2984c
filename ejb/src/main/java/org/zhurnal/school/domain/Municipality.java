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
import org.zhurnal.shared.text.TextRule;

/**
 * A municipality (муниципальное образование: a city district or a municipal district) of the region.
 * Its name is unique in the region, compared without regard to case and «ё».
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    public static final TextRule NAME = new TextRule("name", 200,
            "Укажите название муниципального образования", "Название — не длиннее 200 символов");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(nullable = false, length = 200)
    private String name;

    protected Municipality() {
        // for JPA
    }

    public Municipality(Region region, String name) {
        this.region = Objects.requireNonNull(region, "region");
        this.name = NAME.required(name);
    }

    public Long id() {
        return id;
    }

    public Region region() {
        return region;
    }

    public String name() {
        return name;
    }
}
