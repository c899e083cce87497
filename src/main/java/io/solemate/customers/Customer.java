package io.solemate.customers;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.solemate.catalog.Brand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A shopper (table {@code users}). */
@Entity
@Table(name = "users")
public class Customer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;
    public String name;
    public String gender;

    @Column(name = "shoe_size", precision = 3, scale = 1)
    public BigDecimal shoeSize;

    @Column(name = "preferred_category")
    public String preferredCategory;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "preferred_brand_id")
    public Brand preferredBrand;

    @Column(name = "preferred_material")
    public String preferredMaterial;

    public String region;

    @Column(name = "created_at")
    public Instant createdAt;
}
