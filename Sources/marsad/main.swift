print("marsad")
